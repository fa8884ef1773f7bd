package com.recruitingscheduler.interview;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Instant;

/** A new time for a scheduled interview: a new start, a new length, or both. */
public record NewTime(@Future(message = "must be in the future") Instant start,
                     @Min(NewInterview.MIN_MINUTES) @Max(NewInterview.MAX_MINUTES) Integer durationMinutes) {
}
