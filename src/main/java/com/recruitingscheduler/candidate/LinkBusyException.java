package com.recruitingscheduler.candidate;

import java.time.Duration;

/** A link has asked Google as often as it may for now and holds no answer to give instead: ask again later. */
public class LinkBusyException extends RuntimeException {

    private final Duration retryAfter;

    LinkBusyException(Duration retryAfter) {
        super("This link has asked Google Calendar as often as it may for now.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
