package com.recruitingscheduler.availability;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalTime;

/** The rules of finding a time that are not a person's own (those are in the directory and its defaults). */
@ConfigMapping(prefix = "recruiting.availability")
public interface AvailabilityConfig {

    /** Free time kept before and after each of an interviewer's busy periods. */
    @WithDefault("15m")
    Duration buffer();

    /** The candidate's day, in their own time zone: no interview starts before or ends after it. */
    @WithDefault("08:00")
    LocalTime candidateDayStart();

    @WithDefault("20:00")
    LocalTime candidateDayEnd();

    /** How long Google's free/busy answers are reused. */
    @WithDefault("30s")
    Duration freeBusyCache();
}
