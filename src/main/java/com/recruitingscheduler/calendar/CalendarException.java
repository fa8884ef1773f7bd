package com.recruitingscheduler.calendar;

import java.time.Duration;

/**
 * A Calendar call that did not succeed, with Google's HTTP status and reason so callers can tell a fault worth
 * retrying from one that is not.
 *
 * @param status 0 when no HTTP answer arrived (I/O error, timeout)
 */
public class CalendarException extends RuntimeException {

    private final int status;
    private final String reason;
    private final Duration retryAfter;

    public CalendarException(int status, String reason, String message, Throwable cause) {
        this(status, reason, message, cause, null);
    }

    private CalendarException(int status, String reason, String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.status = status;
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    /** The app held the call back itself to stay within the quota; nothing was sent to Google. */
    static CalendarException heldBack(Duration wait) {
        return new CalendarException(429, "heldBackByApp", "Holding back to stay within Google's per-user quota", null, wait);
    }

    /** Set when the caller should simply try again after this long. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Google's anti-abuse limit ("Calendar usage limits exceeded"): back off for long, tell the recruiter. */
    public boolean isQuotaExceeded() {
        return status == 403 && "quotaExceeded".equals(reason);
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    /** Worth trying again later: rate limits, server errors and lost connections. */
    public boolean isTransient() {
        return status == 0 || status == 429 || status >= 500
                || (status == 403 && ("rateLimitExceeded".equals(reason) || "userRateLimitExceeded".equals(reason)));
    }
}
