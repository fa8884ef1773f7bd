package com.recruitingscheduler.interview.listing;

import com.recruitingscheduler.interview.InterviewStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One row of a list, read as columns (not as an interview entity), with its panel's names from the same query.
 *
 * @param start   null while the candidate is choosing (then {@code chooseTo} is when their window closes)
 * @param listAt  where the row sits: the start, or the end of the candidate's window
 * @param panel   the names, in seat order, a shadow marked
 */
public record ListRow(UUID id, String title, String candidateName, String candidateEmail, String candidateTimeZone,
                      Instant start, Instant chooseTo, int durationMinutes, InterviewStatus status, boolean busy,
                      Instant listAt, Instant updatedAt, String panel) {

    public ZoneId candidateZone() {
        return ZoneId.of(candidateTimeZone);
    }

    public Instant end() {
        return start == null ? null : start.plusSeconds(durationMinutes * 60L);
    }
}
