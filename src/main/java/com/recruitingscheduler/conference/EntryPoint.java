package com.recruitingscheduler.conference;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * One way to join a conference: a video link, a phone number, a SIP address or a "more options" page.
 * Built only valid: the URI scheme must fit the type, and every field stays within Google's length limits.
 */
public record EntryPoint(EntryPointType type, String uri, String label, String pin, String accessCode,
                         String meetingCode, String passcode, String password, String regionCode) {

    public static final int MAX_URI = 1300;
    public static final int MAX_LABEL = 512;
    public static final int MAX_CODE = 128;

    public EntryPoint {
        if (type == null) {
            throw new InvalidConferenceException("An entry point needs a type.");
        }
        if (uri == null || uri.isBlank()) {
            throw new InvalidConferenceException("The " + type.key() + " entry point needs a URI.");
        }
        if (uri.length() > MAX_URI) {
            throw new InvalidConferenceException("The " + type.key() + " entry point's URI is " + uri.length()
                    + " characters long; Google allows at most " + MAX_URI + ".");
        }
        String scheme = schemeOf(uri);
        if (scheme == null || !type.schemes().contains(scheme)) {
            throw new InvalidConferenceException("The " + type.key() + " entry point's URI must start with "
                    + String.join(": or ", type.schemes().stream().sorted().toList()) + ": (got '" + abbreviate(uri) + "').");
        }
        checkLength("label", label, MAX_LABEL, type);
        checkLength("pin", pin, MAX_CODE, type);
        checkLength("accessCode", accessCode, MAX_CODE, type);
        checkLength("meetingCode", meetingCode, MAX_CODE, type);
        checkLength("passcode", passcode, MAX_CODE, type);
        checkLength("password", password, MAX_CODE, type);
        if (regionCode != null && type != EntryPointType.PHONE) {
            throw new InvalidConferenceException("Only a phone entry point can have a region code.");
        }
    }

    public static EntryPoint video(String uri, String label) {
        return new EntryPoint(EntryPointType.VIDEO, uri, label, null, null, null, null, null, null);
    }

    public static EntryPoint phone(String uri, String label, String pin, String regionCode) {
        return new EntryPoint(EntryPointType.PHONE, uri, label, pin, null, null, null, null, regionCode);
    }

    public static EntryPoint sip(String uri, String label) {
        return new EntryPoint(EntryPointType.SIP, uri, label, null, null, null, null, null, null);
    }

    public static EntryPoint more(String uri) {
        return new EntryPoint(EntryPointType.MORE, uri, null, null, null, null, null, null, null);
    }

    private static String schemeOf(String uri) {
        try {
            String scheme = new URI(uri).getScheme();
            return scheme == null ? null : scheme.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            throw new InvalidConferenceException("'" + abbreviate(uri) + "' is not a valid URI.");
        }
    }

    private static void checkLength(String field, String value, int max, EntryPointType type) {
        if (value != null && value.length() > max) {
            throw new InvalidConferenceException("The " + type.key() + " entry point's " + field + " is "
                    + value.length() + " characters long; Google allows at most " + max + ".");
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
