package com.recruitingscheduler.interview;

/** The Idempotency-Key was used before with a different request. */
public class IdempotencyConflictException extends RuntimeException {
    public IdempotencyConflictException(String key) {
        super("The Idempotency-Key '" + key + "' was already used with a different request. "
                + "Use a new key for a new interview.");
    }
}
