package com.recruitingscheduler.calendar;

/**
 * The access token the built-in sandbox has issued to this app in sandbox mode, where the app and its stand-in for
 * Google run in one process. Implemented by the sandbox, so this package knows nothing of it.
 */
public interface BuiltInSandboxToken {

    /** A bearer token the sandbox accepts as the organizer's, with domain-wide delegation. */
    String accessToken();
}
