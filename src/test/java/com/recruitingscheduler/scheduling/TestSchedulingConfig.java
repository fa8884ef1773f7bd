package com.recruitingscheduler.scheduling;

import java.time.Duration;
import java.util.Optional;

/** The background worker's pacing for plain unit tests of the steps: three conference polls, three failures. */
final class TestSchedulingConfig {

    static final SchedulingConfig CONFIG = new SchedulingConfig() {
        public Duration pollInterval() { return Duration.ofSeconds(1); }
        public int threads() { return 1; }
        public Duration heartbeatInterval() { return Duration.ofSeconds(5); }
        public boolean workerEnabled() { return false; }
        public Duration driftCheckInterval() { return Duration.ofMinutes(5); }
        public Optional<String> instanceName() { return Optional.empty(); }
        public Duration firstPollDelay() { return Duration.ofMillis(250); }
        public Duration maxPollDelay() { return Duration.ofSeconds(10); }
        public int maxConferencePolls() { return 3; }
        public int maxStepFailures() { return 3; }
        public Duration firstRetryDelay() { return Duration.ofSeconds(1); }
        public Duration maxRetryDelay() { return Duration.ofSeconds(60); }
    };

    private TestSchedulingConfig() {
    }
}
