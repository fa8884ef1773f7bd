package com.recruitingscheduler.conference;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of conference Google Calendar knows ({@code conferenceSolution.key.type}). */
public enum SolutionType {
    HANGOUTS_MEET("hangoutsMeet", "Google Meet"),
    EVENT_HANGOUT("eventHangout", "Hangouts"),
    EVENT_NAMED_HANGOUT("eventNamedHangout", "Classic Hangouts"),
    ADD_ON("addOn", "Third-party add-on");

    private final String key;
    private final String displayName;

    SolutionType(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /** The value Google uses on the wire. */
    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * Whether an API client may ask Google to create a conference of this type: only Google Meet. Add-on conferences
     * are created by their add-on inside Calendar (Google answers 400 to an API create request) and the two Hangouts
     * types are retired. Existing conferences of every type can still be read and shown.
     */
    public boolean canBeCreated() {
        return this == HANGOUTS_MEET;
    }

    public static Optional<SolutionType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    public static SolutionType requireKey(String key) {
        return fromKey(key).orElseThrow(() -> new InvalidConferenceException("Unknown conference solution type '" + key
                + "'; expected one of hangoutsMeet, eventHangout, eventNamedHangout, addOn."));
    }
}
