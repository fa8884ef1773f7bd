package com.recruitingscheduler.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long a sign-in lasts. */
@ConfigMapping(prefix = "recruiting.sessions")
public interface SessionsConfig {

    /** A session unused for this long ends. */
    @WithDefault("2h")
    Duration idleTimeout();

    /** A session ends this long after sign-in, however busy. */
    @WithDefault("12h")
    Duration lifetime();
}
