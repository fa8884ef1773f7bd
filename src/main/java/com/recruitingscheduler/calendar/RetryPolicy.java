package com.recruitingscheduler.calendar;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;

/**
 * What to do after a Calendar call failed, following Google's guidance: rate limits, server errors and lost
 * connections retry with capped exponential backoff and full jitter; the anti-abuse "usage limits exceeded" backs off
 * for long; bad requests, authentication failures and missing events do not retry.
 */
public final class RetryPolicy {

    /** The decision for one failure. */
    public record Decision(Duration delay, boolean countsAsFailure, String explanation) {
    }

    private final Duration base;
    private final Duration cap;
    private final Duration quotaBase;
    private final Duration quotaCap;
    private final LongUnaryOperator jitter;

    public RetryPolicy(Duration base, Duration cap, Duration quotaBase, Duration quotaCap) {
        this(base, cap, quotaBase, quotaCap, bound -> ThreadLocalRandom.current().nextLong(bound + 1));
    }

    /** @param jitter given a bound in milliseconds, a wait between 0 and it ("full jitter") */
    RetryPolicy(Duration base, Duration cap, Duration quotaBase, Duration quotaCap, LongUnaryOperator jitter) {
        this.base = base;
        this.cap = cap;
        this.quotaBase = quotaBase;
        this.quotaCap = quotaCap;
        this.jitter = jitter;
    }

    /** Empty when the failure is permanent; otherwise how long to wait, {@code failures} being those before this one. */
    public Optional<Decision> onFailure(CalendarException e, int failures) {
        if (e.retryAfter() != null) {
            return Optional.of(new Decision(e.retryAfter().plusMillis(jitter.applyAsLong(250)), false,
                    "Holding back to stay within Google's per-user quota"));
        }
        if (e.isQuotaExceeded()) {
            Duration wait = jittered(quotaBase, quotaCap, failures);
            return Optional.of(new Decision(wait, true, "Google's Calendar usage limits were reached (" + e.reason()
                    + "); trying again in " + minutes(wait)));
        }
        if (e.isTransient()) {
            return Optional.of(new Decision(jittered(base, cap, failures), true, e.getMessage()));
        }
        return Optional.empty();
    }

    private Duration jittered(Duration first, Duration ceiling, int failures) {
        long bound = Math.min(ceiling.toMillis(), first.toMillis() << Math.min(failures, 30));
        return Duration.ofMillis(Math.max(jitter.applyAsLong(bound), 1));
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, Math.round(wait.toSeconds() / 60.0));
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
