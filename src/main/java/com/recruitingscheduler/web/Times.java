package com.recruitingscheduler.web;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people read them, in pages and in messages: "Tue 1 Dec 2026, 15:00". */
public final class Times {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Times() {
    }

    /** "Tue 1 Dec 2026, 15:00 (Europe/Paris)". */
    public static String describe(ZonedDateTime time) {
        return time == null ? "an unknown time" : WHEN.format(time) + " (" + time.getZone().getId() + ")";
    }
}
