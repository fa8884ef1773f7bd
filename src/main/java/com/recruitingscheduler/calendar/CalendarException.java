package com.recruitingscheduler.calendar;

/**
 * A Calendar call that did not succeed, with Google's HTTP status and reason so callers can tell a fault worth
 * retrying from one that is not.
 *
 * @param status 0 when no HTTP answer arrived (I/O error, timeout)
 */
public class CalendarException extends RuntimeException {

    private final int status;
    private final String reason;

    public CalendarException(int status, String reason, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.reason = reason;
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
