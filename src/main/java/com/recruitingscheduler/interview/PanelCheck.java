package com.recruitingscheduler.interview;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * What scheduling asks of availability (implemented by {@code availability.AvailabilityService}): whether a panel
 * and a candidate can take a time, and which members of a pool to seat. It comes in two steps, so that Google is
 * never waited on while a booking holds a lock or a transaction: first {@link #read} what Google and the directory say
 * of the people (no lock, no transaction), then, with everyone's lock held, ask the {@link Calendars} read, which add
 * only the app's own stored bookings. The interview feature sees availability only through this port, so availability
 * may depend on the interview's types and never the other way round.
 */
public interface PanelCheck {

    /** Reads these people's calendars around {@code start} for {@code durationMinutes}; call it outside any transaction. */
    Calendars read(List<NewInterview.Interviewer> people, Instant start, int durationMinutes);

    /** Reads the calendars of a pool's members (empty when there is no such pool); call it outside any transaction. */
    Calendars readPool(String pool, Instant start, int durationMinutes);

    /**
     * What was read of some people's calendars for one time, to check bookings against with their locks held: each
     * answer adds the bookings stored by then. A person or a time that was not read counts as not free (never as free).
     */
    interface Calendars {

        /** Everyone read, by e-mail: the people to lock. */
        List<String> people();

        /**
         * Everyone for whom this time does not work, and why; empty when it suits all.
         *
         * @param excluding an interview not to count against anyone (the one being moved), or null
         */
        List<Conflict> conflicts(List<NewInterview.Interviewer> panel, NewInterview.Candidate candidate, Instant start,
                                 int durationMinutes, UUID excluding);

        /**
         * The members of the pool read to seat at this time: {@code count} free ones, fewest interviews this week
         * first, plus a free trainee when a shadow seat is asked for.
         *
         * @throws ConflictException when fewer than {@code count} members are free
         */
        Panel choose(NewInterview.PoolRequest pool, NewInterview.Candidate candidate, Instant start, int durationMinutes);
    }

    /**
     * The earliest times in the range that suit the panel and the candidate, up to {@code limit}: what "Find a time"
     * on the form offers.
     *
     * @param candidateEmail null when not known yet; {@code candidateZone} null when not known (their day is not checked)
     */
    Suggestions suggest(List<NewInterview.Interviewer> panel, String candidateEmail, ZoneId candidateZone, int durationMinutes,
                        Instant from, Instant to, int limit);

    /** Times that suit everyone, earliest first, and the calendars that could not be read (then no time is offered). */
    record Suggestions(List<Suggested> times, List<String> unreadable) {
    }

    /** A time that suits everyone, and the panel's names as the directory knows them. */
    record Suggested(Instant start, List<String> names) {
    }

    /** A panel chosen from a pool: the seats that count, and the shadow (a trainee), if any. */
    record Panel(List<NewInterview.Interviewer> seats, NewInterview.Interviewer shadow) {
    }
}
