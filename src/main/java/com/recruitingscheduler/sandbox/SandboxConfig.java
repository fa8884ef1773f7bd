package com.recruitingscheduler.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the built-in Calendar-compatible sandbox; the conference behaviour can also be changed while it runs. */
@ConfigMapping(prefix = "recruiting.sandbox")
public interface SandboxConfig {

    /** Serve the sandbox under /sandbox. Off in prod unless set. */
    boolean enabled();

    /**
     * The packaged (prod) app refuses to start with the sandbox enabled unless this is set too: it would serve every
     * invitation it holds to its signed-in users and play Google for anyone holding one of its tokens.
     */
    @WithDefault("false")
    boolean allowInProduction();

    /**
     * Whether the sandbox's service account has domain-wide delegation (tokens that impersonate a user are granted).
     * False plays a deployment whose Workspace admin has not granted it: Google refuses with 401 unauthorized_client.
     */
    @WithDefault("true")
    boolean delegationGranted();

    /**
     * Service-account key files (JSON, as Google's console downloads them) whose assertions the token endpoint accepts,
     * their RS256 signatures checked against each key; the app's own {@code recruiting.calendar.credentials} counts too,
     * and so do keys made by {@code POST /sandbox/service-accounts}. Any other assertion is refused, as Google refuses it.
     */
    Optional<List<String>> serviceAccountKeys();

    /** The e-mail address of the sandbox calendar's owner (the organizer). */
    @WithDefault("recruiting@example.com")
    String organizer();

    /** How many reads of an event still answer {@code pending} before the conference is decided. */
    @WithDefault("1")
    int conferencePendingReads();

    /** How long a conference stays pending at least. */
    @WithDefault("0s")
    Duration conferencePendingDelay();

    /**
     * Share of conference create requests Google decides at once, in the insert's own answer (0 to 1); the others
     * stay pending as set below. Real Google often answers success at once: clients must handle both.
     */
    @WithDefault("0.5")
    double conferenceSuccessAtOnceRate();

    /** Share of conference create requests that end in {@code failure} (0 to 1). */
    @WithDefault("0")
    double conferenceFailureRate();

    /**
     * What {@code calendars.get} reports in {@code conferenceProperties.allowedConferenceSolutionTypes}. A calendar may
     * list {@code addOn}, yet an API client's request to create one is refused, as Google refuses it.
     */
    @WithDefault("hangoutsMeet,addOn")
    List<String> allowedSolutionTypes();

    /** The secret conference signatures are made with; a random one per start when unset. */
    Optional<String> signingSecret();

    /** Faults injected into the Calendar API; all off by default. */
    FaultsConfig faults();

    interface FaultsConfig {
        /** Added to every Calendar API call. */
        @WithDefault("0s")
        Duration latency();

        /** Share of calls answered 403 rateLimitExceeded, 429 or 503 (nothing applied). */
        @WithDefault("0")
        double errorRate();

        /** Share of calls answered 403 quotaExceeded ("Calendar usage limits exceeded"). */
        @WithDefault("0")
        double quotaExceededRate();

        /** Share of writes applied whose answer never arrives (the connection is reset). */
        @WithDefault("0")
        double lostResponseRate();
    }
}
