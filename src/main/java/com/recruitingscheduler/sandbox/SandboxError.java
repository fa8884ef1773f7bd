package com.recruitingscheduler.sandbox;

/** An error the sandbox answers with, in Google's JSON error format ({@code error.code}, {@code error.errors[].reason}). */
class SandboxError extends RuntimeException {

    final int status;
    final String reason;

    SandboxError(int status, String reason, String message) {
        super(message);
        this.status = status;
        this.reason = reason;
    }

    static SandboxError notFound() {
        return new SandboxError(404, "notFound", "Not Found");
    }

    static SandboxError invalid(String message) {
        return new SandboxError(400, "invalid", message);
    }
}
