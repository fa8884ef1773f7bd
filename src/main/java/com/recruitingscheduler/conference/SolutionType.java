package com.recruitingscheduler.conference;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of conference Google Calendar knows ({@code conferenceSolution.key.type}). */
public enum SolutionType {
    HANGOUTS_MEET("hangoutsMeet", "Google Meet", false),
    EVENT_HANGOUT("eventHangout", "Hangouts", true),
    EVENT_NAMED_HANGOUT("eventNamedHangout", "Classic Hangouts", true),
    ADD_ON("addOn", "Third-party add-on", false);

    private final String key;
    private final String displayName;
    private final boolean deprecated;

    SolutionType(String key, String displayName, boolean deprecated) {
        this.key = key;
        this.displayName = displayName;
        this.deprecated = deprecated;
    }

    /** The value Google uses on the wire. */
    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    /** Google no longer creates the two Hangouts types; existing ones can still be read and copied. */
    public boolean canBeCreated() {
        return !deprecated;
    }

    public static Optional<SolutionType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    public static SolutionType requireKey(String key) {
        return fromKey(key).orElseThrow(() -> new InvalidConferenceException("Unknown conference solution type '" + key
                + "'; expected one of hangoutsMeet, eventHangout, eventNamedHangout, addOn."));
    }
}
