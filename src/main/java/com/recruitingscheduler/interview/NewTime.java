package com.recruitingscheduler.interview;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Instant;

/** A new time for a scheduled interview: a new start, a new length, or both. */
public record NewTime(@Future(message = "must be in the future") Instant start,
                     @Min(NewInterview.MIN_MINUTES) @Max(NewInterview.MAX_MINUTES) Integer durationMinutes,
                     Boolean allowConflicts) {

    public NewTime(Instant start, Integer durationMinutes) {
        this(start, durationMinutes, null);
    }

    /** Whether the move goes ahead even where people are busy or over a limit. */
    public boolean conflictsAllowed() {
        return Boolean.TRUE.equals(allowConflicts);
    }
}
