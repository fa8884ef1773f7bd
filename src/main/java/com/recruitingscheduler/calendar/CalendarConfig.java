package com.recruitingscheduler.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** How the app reaches Google Calendar. The property names are fixed: deployments depend on them. */
@ConfigMapping(prefix = "recruiting.calendar")
public interface CalendarConfig {

    enum Mode { SANDBOX, GOOGLE }

    /** {@code sandbox}: the Calendar-compatible server built into the app; {@code google}: the real service. */
    Mode mode();

    /** Path to a service-account key file (JSON). Unset: Application Default Credentials. */
    Optional<String> credentials();

    /**
     * The Workspace user whose calendar holds the interviews; the service account impersonates them (domain-wide
     * delegation). Required in google mode: the app refuses to start without it.
     */
    Optional<String> organizer();

    /**
     * Where the generated client sends requests in google mode (Google itself when unset; another process's sandbox
     * for tests). Sandbox mode always uses this app's own sandbox.
     */
    Optional<String> rootUrl();

    @WithDefault("primary")
    String calendarId();

    /**
     * Calendar requests all instances together may make per minute for the organizer (Google allows 600 per user;
     * the default keeps 20% in reserve). 0 switches the limit off.
     */
    @WithDefault("480")
    int requestsPerMinute();

    /** How many of those may go at once after a quiet spell; the rest are spread over the minute. */
    @WithDefault("120")
    int requestBurst();

    /** How long the calendar's allowed conference types are remembered before they are read again. */
    @WithDefault("5m")
    Duration conferenceTypesCache();

    /** How long readiness probes are answered with the last failure to read the organizer calendar (steps always ask again). */
    @WithDefault("30s")
    Duration failureCache();

    /**
     * How long the organizer's writes pause after Google answers "Calendar usage limits exceeded" (403 quotaExceeded);
     * each further pause in a row doubles it, up to {@link #maxQuotaPause()}.
     */
    @WithDefault("1m")
    Duration quotaPause();

    @WithDefault("30m")
    Duration maxQuotaPause();
}
