package com.recruitingscheduler.interview;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What scheduling asks of availability (implemented by {@code availability.AvailabilityService}): whether a panel
 * and a candidate can take a time, and which members of a pool to seat.
 */
public interface PanelCheck {

    /**
     * Everyone for whom this time does not work, and why; empty when it suits all.
     *
     * @param excluding an interview not to count against anyone (the one being moved), or null
     */
    List<Conflict> conflicts(List<NewInterview.Interviewer> panel, NewInterview.Candidate candidate, Instant start,
                             int durationMinutes, UUID excluding);

    /**
     * The members of a pool to seat at this time: {@code count} free ones, fewest interviews this week first, plus a
     * free trainee when a shadow seat is asked for.
     *
     * @throws ConflictException when fewer than {@code count} members are free
     */
    Panel choose(NewInterview.PoolRequest pool, NewInterview.Candidate candidate, Instant start, int durationMinutes);

    /** The e-mails of a pool's members (empty when there is no such pool). */
    List<String> members(String pool);

    /** A panel chosen from a pool: the seats that count, and the shadow (a trainee), if any. */
    record Panel(List<NewInterview.Interviewer> seats, NewInterview.Interviewer shadow) {
    }
}
