package com.recruitingscheduler.scheduling;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** How the background worker paces its calls to Google. */
@ConfigMapping(prefix = "recruiting.scheduling")
public interface SchedulingConfig {

    /** How often each instance looks for due steps (steps planned for now on this instance start at once). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Steps one instance runs at the same time. */
    @WithDefault("32")
    int threads();

    /** How often a running step says it is alive; after 4 missed beats another instance takes the step over. */
    @WithDefault("5s")
    Duration heartbeatInterval();

    /** Run steps on this instance; an instance that only serves pages and the API can leave it off. */
    @WithDefault("true")
    boolean workerEnabled();

    /** How often upcoming interviews are compared with their events in Google Calendar (one instance does it). */
    @WithDefault("5m")
    Duration driftCheckInterval();

    /** The name this instance has among the workers; the host name when unset. */
    Optional<String> instanceName();

    /** The first wait before re-reading a pending conference; it doubles with each read. */
    @WithDefault("250ms")
    Duration firstPollDelay();

    /** The longest wait between two reads of a pending conference. */
    @WithDefault("10s")
    Duration maxPollDelay();

    /** Reads of a pending conference before the interview fails as "Google did not finish". */
    @WithDefault("40")
    int maxConferencePolls();

    /** Transient Calendar errors one step may meet before the interview fails. */
    @WithDefault("8")
    int maxStepFailures();

    /** The first wait before retrying a step after a transient error (full jitter below a doubling bound). */
    @WithDefault("1s")
    Duration firstRetryDelay();

    /** The longest wait before retrying a step after a transient error. */
    @WithDefault("60s")
    Duration maxRetryDelay();
}
