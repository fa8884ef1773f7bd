package com.recruitingscheduler.interview.web;

import com.recruitingscheduler.web.FormErrors;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;

/** Reads typed form text into values; what cannot be read becomes a message by its field, and null. */
final class FormValues {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

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

    /**
     * The instant of a date and a time of day in a zone (UTC when none). A local time the zone skips (clocks go
     * forward) or has twice (clocks go back) is not guessed at: it gets its own message.
     */
    static Instant start(String date, String time, ZoneId zone, FormErrors errors) {
        LocalDateTime local;
        try {
            local = LocalDate.parse(date.strip()).atTime(LocalTime.parse(time.strip()));
        } catch (DateTimeException | NullPointerException e) {
            errors.add("start", "enter a date (2026-12-01) and a time (15:00)");
            return null;
        }
        ZoneId in = zone == null ? ZoneOffset.UTC : zone;
        ZoneOffsetTransition change = in.getRules().getTransition(local);
        if (change == null) {
            return local.atZone(in).toInstant();
        }
        String day = DAY.format(local);
        String at = HOUR.format(local);
        errors.add("start", change.isGap()
                ? at + " does not exist on " + day + " in " + in.getId() + ": the clocks go forward from "
                + HOUR.format(change.getDateTimeBefore()) + " to " + HOUR.format(change.getDateTimeAfter())
                + ". Choose a time from " + HOUR.format(change.getDateTimeAfter()) + " on, or before "
                + HOUR.format(change.getDateTimeBefore()) + "."
                : at + " happens twice on " + day + " in " + in.getId() + ": the clocks go back from "
                + HOUR.format(change.getDateTimeBefore()) + " to " + HOUR.format(change.getDateTimeAfter())
                + ". Choose a time before " + HOUR.format(change.getDateTimeAfter()) + " or from "
                + HOUR.format(change.getDateTimeBefore()) + " on.");
        return null;
    }

    /** The start of a day in a zone (UTC when none), where the day begins even when midnight is skipped. */
    static Instant startOfDay(String date, ZoneId zone, FormErrors errors, String field) {
        return day(date, 0, zone, errors, field);
    }

    /** The end of a day in a zone: the start of the next (a day is 23 or 25 hours long when the clocks change). */
    static Instant endOfDay(String date, ZoneId zone, FormErrors errors, String field) {
        return day(date, 1, zone, errors, field);
    }

    private static Instant day(String date, int daysLater, ZoneId zone, FormErrors errors, String field) {
        try {
            return LocalDate.parse(date.strip()).plusDays(daysLater).atStartOfDay(zone == null ? ZoneOffset.UTC : zone).toInstant();
        } catch (DateTimeException | NullPointerException e) {
            errors.add(field, "enter a date (2026-12-01)");
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
