package com.recruitingscheduler.interview.web;

import com.recruitingscheduler.web.FormErrors;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Reads typed form text into values; what cannot be read becomes a message by its field, and null. */
final class FormValues {

    private FormValues() {
    }

    /** The time zone typed, or null when none was typed or it is not a zone. */
    static ZoneId zone(String typed, FormErrors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(typed.strip());
        } catch (DateTimeException e) {
            errors.add("recruiterTimeZone", "is not a known time zone (use a name like Europe/Paris)");
            return null;
        }
    }

    /** The instant of a date and a time of day in a zone (UTC when none). */
    static Instant start(String date, String time, ZoneId zone, FormErrors errors) {
        return start(date, time, zone, errors, "start");
    }

    /** The same, with a message by {@code field} when it cannot be read. */
    static Instant start(String date, String time, ZoneId zone, FormErrors errors, String field) {
        try {
            return LocalDate.parse(date.strip()).atTime(LocalTime.parse(time.strip()))
                    .atZone(zone == null ? ZoneOffset.UTC : zone).toInstant();
        } catch (DateTimeException | NullPointerException e) {
            errors.add(field, "start".equals(field) ? "enter a date (2026-12-01) and a time (15:00)" : "enter a date (2026-12-01)");
            return null;
        }
    }

    static Integer minutes(String typed, FormErrors errors) {
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException | NullPointerException e) {
            errors.add("durationMinutes", "enter a whole number of minutes");
            return null;
        }
    }
}
