package com.recruitingscheduler.interview;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Instant;

/** A new time for a scheduled interview: a new start, a new length, or both. */
public record NewTime(@Future(message = "must be in the future") Instant start,
                     @Min(5) @Max(480) Integer durationMinutes) {
}
