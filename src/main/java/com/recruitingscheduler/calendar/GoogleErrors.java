package com.recruitingscheduler.calendar;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpResponseException;

import java.util.Optional;

/**
 * Google's error answers in this app's terms. Refusals that only a change of configuration can cure — no domain-wide
 * delegation, an organizer the service account may not impersonate, a conference type the calendar refuses — become
 * configuration errors naming what to fix, never the service account's own details.
 */
final class GoogleErrors {

    private static final String SETUP = "See docs/google-setup.md.";

    private GoogleErrors() {
    }

    static CalendarException classify(GoogleJsonResponseException e, String method, CalendarConfig config) {
        GoogleJsonError details = e.getDetails();
        String reason = details == null || details.getErrors() == null || details.getErrors().isEmpty()
                ? null : details.getErrors().get(0).getReason();
        String message = details != null && details.getMessage() != null ? details.getMessage() : e.getStatusMessage();
        int status = e.getStatusCode();
        if (status == 403 && "forbiddenForServiceAccounts".equals(reason)) {
            return CalendarException.configuration(status, reason, "Google refused to invite the guests (403 "
                    + "forbiddenForServiceAccounts): a service account cannot invite attendees without domain-wide "
                    + "delegation. A Workspace admin must grant the service account domain-wide delegation for the "
                    + "Calendar scope, and " + organizer(config) + " must be the Workspace user whose calendar holds the "
                    + "interviews. " + SETUP, e);
        }
        if (status == 400 && message != null && message.contains("Invalid conference type value")) {
            return CalendarException.configuration(status, reason, "Google refused to create a Google Meet conference "
                    + "(400 Invalid conference type value). Either the organizer calendar does not allow Google Meet, or "
                    + "the service account acts without domain-wide delegation: grant it domain-wide delegation for the "
                    + "Calendar scope and set " + organizer(config) + " to the Workspace user whose calendar holds the "
                    + "interviews. " + SETUP, e);
        }
        return new CalendarException(status, reason,
                "Google Calendar answered " + status + (reason == null ? "" : " " + reason) + " to " + method + ": " + message, e);
    }

    /** A refusal by the token endpoint: its HTTP status and OAuth error code. */
    record TokenRefusal(int status, String error) {
    }

    /**
     * The token endpoint's refusal behind an I/O error, when that is what it is. The auth library wraps the endpoint's
     * answer; its OAuth error code is in the answer's body, which the wrapping messages repeat.
     */
    static Optional<TokenRefusal> tokenRefusal(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof GoogleJsonResponseException) {
                return Optional.empty();
            }
            String text = cause instanceof HttpResponseException http
                    ? http.getContent() + " " + http.getMessage() : String.valueOf(cause.getMessage());
            for (String code : new String[]{"unauthorized_client", "invalid_grant"}) {
                if (text.contains(code)) {
                    return Optional.of(new TokenRefusal(cause instanceof HttpResponseException http ? http.getStatusCode()
                            : code.equals("unauthorized_client") ? 401 : 400, code));
                }
            }
            // The library does not always keep the body: Google's token endpoint answers 401 only for an
            // unauthorized client (no delegation) and 400 for a grant it refuses (an organizer it may not act as).
            if (cause instanceof HttpResponseException http && (http.getStatusCode() == 401 || http.getStatusCode() == 400)) {
                return Optional.of(new TokenRefusal(http.getStatusCode(), http.getStatusCode() == 401 ? "unauthorized_client" : "invalid_grant"));
            }
            if (String.valueOf(cause.getMessage()).startsWith("Error getting access token")) {
                String message = cause.getMessage();
                if (message.contains(" 401 ")) {
                    return Optional.of(new TokenRefusal(401, "unauthorized_client"));
                }
                if (message.contains(" 400 ")) {
                    return Optional.of(new TokenRefusal(400, "invalid_grant"));
                }
            }
        }
        return Optional.empty();
    }

    static CalendarException delegationRefused(TokenRefusal refusal, CalendarConfig config) {
        boolean unauthorized = refusal.error().equals("unauthorized_client");
        String cause = unauthorized
                ? "domain-wide delegation has not been granted to the service account (a Workspace admin grants it "
                        + "for the Calendar scope in the admin console), which it needs to act as " + organizer(config)
                : "the service account may not act as " + organizer(config)
                        + " (it must be an existing user of the Workspace that granted domain-wide delegation)";
        return CalendarException.configuration(refusal.status(), refusal.error(), "Google refused a token to act as the "
                + "organizer (" + refusal.status() + " " + refusal.error() + "): " + cause + ". " + SETUP, null);
    }

    private static String organizer(CalendarConfig config) {
        return "RECRUITING_CALENDAR_ORGANIZER" + config.organizer().map(o -> " (now " + o + ")").orElse(" (not set)");
    }
}
