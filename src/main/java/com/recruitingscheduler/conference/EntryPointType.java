package com.recruitingscheduler.conference;

import java.util.Arrays;
import java.util.Set;

/** How one joins a conference, with Google's limits for each kind of entry point. */
public enum EntryPointType {
    VIDEO("video", 1, Set.of("http", "https")),
    PHONE("phone", Integer.MAX_VALUE, Set.of("tel")),
    SIP("sip", 1, Set.of("sip")),
    MORE("more", 1, Set.of("http", "https"));

    private final String key;
    private final int maxPerConference;
    private final Set<String> schemes;

    EntryPointType(String key, int maxPerConference, Set<String> schemes) {
        this.key = key;
        this.maxPerConference = maxPerConference;
        this.schemes = schemes;
    }

    public String key() {
        return key;
    }

    public int maxPerConference() {
        return maxPerConference;
    }

    public Set<String> schemes() {
        return schemes;
    }

    public static EntryPointType requireKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst()
                .orElseThrow(() -> new InvalidConferenceException("Unknown entry point type '" + key
                        + "'; expected video, phone, sip or more."));
    }
}
