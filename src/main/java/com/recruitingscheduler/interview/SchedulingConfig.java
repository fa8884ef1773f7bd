package com.recruitingscheduler.interview;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the background worker paces its calls to Google. */
@ConfigMapping(prefix = "recruiting.scheduling")
public interface SchedulingConfig {

    /** How often the worker looks for due steps. */
    @WithDefault("1s")
    Duration sweepInterval();

    /** The first wait before re-reading a pending conference; it doubles with each read. */
    @WithDefault("500ms")
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

    /** The longest wait before retrying a step after a transient error. */
    @WithDefault("60s")
    Duration maxRetryDelay();
}
