package com.recruitingscheduler.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How sign-in resists guessing. */
@ConfigMapping(prefix = "recruiting.sign-in")
public interface SignInConfig {

    /** Failed sign-ins an account may have within the window before sign-in to it answers 429. */
    @WithDefault("10")
    int maxFailuresPerAccount();

    /** Failed sign-ins one client address may have within the window (an office shares one address). */
    @WithDefault("30")
    int maxFailuresPerAddress();

    /** The window over which failures are forgotten again. */
    @WithDefault("15m")
    Duration window();

    /** The longest a failed sign-in's answer is held back. */
    @WithDefault("4s")
    Duration maxDelay();
}
