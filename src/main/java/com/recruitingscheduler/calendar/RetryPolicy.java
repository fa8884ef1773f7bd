package com.recruitingscheduler.calendar;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;

/**
 * What to do after a Calendar call failed, following Google's guidance: rate limits, server errors and lost
 * connections retry with capped exponential backoff and full jitter; a call held back by the app's own budget or by a
 * paused organizer waits as long as it was told, without counting as a failure; bad requests, configuration errors,
 * authentication failures and missing events do not retry.
 */
public final class RetryPolicy {

    /** The decision for one failure. */
    public record Decision(Duration delay, boolean countsAsFailure, String explanation) {
    }

    private final Duration base;
    private final Duration cap;
    private final LongUnaryOperator jitter;

    public RetryPolicy(Duration base, Duration cap) {
        this(base, cap, bound -> ThreadLocalRandom.current().nextLong(bound + 1));
    }

    /** @param jitter given a bound in milliseconds, a wait between 0 and it ("full jitter") */
    RetryPolicy(Duration base, Duration cap, LongUnaryOperator jitter) {
        this.base = base;
        this.cap = cap;
        this.jitter = jitter;
    }

    /** Empty when the failure is permanent; otherwise how long to wait, {@code failures} being those before this one. */
    public Optional<Decision> onFailure(CalendarException e, int failures) {
        if (e.retryAfter() != null) {
            return Optional.of(new Decision(e.retryAfter().plusMillis(jitter.applyAsLong(250)), false, e.getMessage()));
        }
        if (e.isTransient()) {
            long bound = Math.min(cap.toMillis(), base.toMillis() << Math.min(failures, 30));
            return Optional.of(new Decision(Duration.ofMillis(Math.max(jitter.applyAsLong(bound), 1)), true, e.getMessage()));
        }
        return Optional.empty();
    }
}
