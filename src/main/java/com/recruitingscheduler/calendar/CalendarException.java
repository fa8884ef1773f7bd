package com.recruitingscheduler.calendar;

import java.time.Duration;

/**
 * A Calendar call that did not succeed, with Google's HTTP status and reason so callers can tell a fault worth
 * retrying from one that is not.
 *
 * @param status 0 when no HTTP answer arrived (I/O error, timeout)
 */
public class CalendarException extends RuntimeException {

    /** What kind of failure, as far as what to do next is concerned. */
    public enum Kind {
        /** Google answered with an error (see status and reason). */
        GOOGLE,
        /** The app held the call back itself to stay within the quota; nothing was sent. */
        HELD_BACK,
        /** Google has made the organizer calendar read-only ("Calendar usage limits exceeded"); writes wait. */
        PAUSED,
        /** The deployment cannot work as configured (delegation, organizer, conference type): never retried. */
        CONFIGURATION
    }

    private final int status;
    private final String reason;
    private final Duration retryAfter;
    private final Kind kind;

    public CalendarException(int status, String reason, String message, Throwable cause) {
        this(status, reason, message, cause, null, Kind.GOOGLE);
    }

    private CalendarException(int status, String reason, String message, Throwable cause, Duration retryAfter, Kind kind) {
        super(message, cause);
        this.status = status;
        this.reason = reason;
        this.retryAfter = retryAfter;
        this.kind = kind;
    }

    /** The app held the call back itself to stay within the quota; nothing was sent to Google. */
    static CalendarException heldBack(Duration wait) {
        return new CalendarException(429, "heldBackByApp", "Holding back to stay within Google's per-user quota", null,
                wait, Kind.HELD_BACK);
    }

    /** Writes for the organizer wait until Google lifts its limit; nothing was sent to Google. */
    static CalendarException paused(Duration wait, String message) {
        return new CalendarException(403, "quotaExceeded", message, null, wait, Kind.PAUSED);
    }

    /** A refusal that no retry can change: the message says what to fix. */
    static CalendarException configuration(int status, String reason, String message, Throwable cause) {
        return new CalendarException(status, reason, message, cause, null, Kind.CONFIGURATION);
    }

    /** Set when the caller should simply try again after this long, without counting it as a failure. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean isConfigurationError() {
        return kind == Kind.CONFIGURATION;
    }

    /** Writes for the organizer are paused by Google's anti-abuse limit. */
    public boolean isPause() {
        return kind == Kind.PAUSED;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    /** Google's anti-abuse limit ("Calendar usage limits exceeded") as answered by Google. */
    public boolean isQuotaExceeded() {
        return kind == Kind.GOOGLE && status == 403 && "quotaExceeded".equals(reason);
    }

    /** Worth trying again later: rate limits, server errors and lost connections. */
    public boolean isTransient() {
        return kind == Kind.GOOGLE && (status == 0 || status == 429 || status >= 500
                || (status == 403 && ("rateLimitExceeded".equals(reason) || "userRateLimitExceeded".equals(reason))));
    }
}
