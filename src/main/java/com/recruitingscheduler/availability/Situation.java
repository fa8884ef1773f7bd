package com.recruitingscheduler.availability;

import com.recruitingscheduler.calendar.FreeBusy;
import com.recruitingscheduler.directory.Person;
import com.recruitingscheduler.interview.Conflict;
import com.recruitingscheduler.directory.Bookings.Booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything known about some interviewers and a candidate over a time range — each interviewer's rules, Google's
 * busy times, the app's own interviews — and the one place that decides whether a time suits a person, and if not,
 * why. Pure: no database, no Google.
 *
 * @param candidateZone null when the candidate's zone is not known (their day is then not checked)
 */
record Situation(Map<String, Person> people, FreeBusy freeBusy, Map<String, List<Booking>> bookings,
                 String candidateEmail, ZoneId candidateZone, List<Booking> candidateBookings, Duration buffer,
                 LocalTime candidateDayStart, LocalTime candidateDayEnd) {

    /** Why this interviewer cannot take {@code start}–{@code end}, or empty when they can. */
    Optional<String> problemFor(String email, Instant start, Instant end) {
        Person person = people.get(email);
        String unreadable = freeBusy.unreadable().get(email);
        if (unreadable != null) {
            return Optional.of(Conflict.CALENDAR_UNREADABLE);
        }
        ZonedDateTime localStart = start.atZone(person.zone());
        if (!person.workingHours().contains(localStart, end.atZone(person.zone()))) {
            return Optional.of(Conflict.OUTSIDE_WORKING_HOURS);
        }
        Instant widenedStart = start.minus(buffer);
        Instant widenedEnd = end.plus(buffer);
        for (FreeBusy.Period busy : freeBusy.busy().getOrDefault(email, List.of())) {
            if (busy.start().isBefore(widenedEnd) && busy.end().isAfter(widenedStart)) {
                return Optional.of(Conflict.BUSY);
            }
        }
        List<Booking> theirs = bookings.getOrDefault(email, List.of());
        int sameDay = 0;
        int sameWeek = 0;
        for (Booking booking : theirs) {
            if (booking.overlaps(widenedStart, widenedEnd)) {
                return Optional.of(Conflict.BUSY);
            }
            ZonedDateTime local = booking.start().atZone(person.zone());
            if (local.toLocalDate().equals(localStart.toLocalDate())) {
                sameDay++;
            }
            if (sameWeek(local, localStart)) {
                sameWeek++;
            }
        }
        if (sameDay >= person.dailyLimit()) {
            return Optional.of(Conflict.DAILY_LIMIT);
        }
        if (sameWeek >= person.weeklyLimit()) {
            return Optional.of(Conflict.WEEKLY_LIMIT);
        }
        return Optional.empty();
    }

    /** Why the candidate cannot take {@code start}–{@code end}, or empty when they can. */
    Optional<String> problemForCandidate(Instant start, Instant end) {
        if (candidateZone != null) {
            ZonedDateTime localStart = start.atZone(candidateZone);
            ZonedDateTime localEnd = end.atZone(candidateZone);
            if (!localStart.toLocalDate().equals(localEnd.toLocalDate()) || localStart.toLocalTime().isBefore(candidateDayStart)
                    || localEnd.toLocalTime().isAfter(candidateDayEnd)) {
                return Optional.of(Conflict.OUTSIDE_CANDIDATE_DAY);
            }
        }
        for (Booking booking : candidateBookings) {
            if (booking.overlaps(start, end)) {
                return Optional.of(Conflict.OTHER_INTERVIEW);
            }
        }
        return Optional.empty();
    }

    /** How many interviews this person has in the week (their zone) of {@code start}: fewer is picked first. */
    int weekLoad(String email, Instant start) {
        Person person = people.get(email);
        ZonedDateTime local = start.atZone(person.zone());
        return (int) bookings.getOrDefault(email, List.of()).stream()
                .filter(b -> sameWeek(b.start().atZone(person.zone()), local)).count();
    }

    /** When this person last interviewed in the range known (the least recently used is picked first on a tie). */
    Instant lastBooked(String email, Instant before) {
        return bookings.getOrDefault(email, List.of()).stream().map(Booking::start).filter(s -> s.isBefore(before))
                .max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    private static boolean sameWeek(ZonedDateTime a, ZonedDateTime b) {
        return a.get(IsoFields.WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_BASED_YEAR)
                && a.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** The first quarter hour at or after {@code time}. */
    static Instant nextQuarterHour(Instant time) {
        Instant hour = time.truncatedTo(ChronoUnit.HOURS);
        long minutes = Duration.between(hour, time).toSeconds();
        long quarters = (minutes + 899) / 900;
        return hour.plusSeconds(quarters * 900);
    }
}
