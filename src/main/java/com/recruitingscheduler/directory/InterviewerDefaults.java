package com.recruitingscheduler.directory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

/** What holds for an interviewer who is not in the directory, or for what their entry leaves out. */
@ConfigMapping(prefix = "recruiting.interviewers")
public interface InterviewerDefaults {

    @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
    Set<DayOfWeek> workingDays();

    @WithDefault("09:00")
    LocalTime workdayStart();

    @WithDefault("17:00")
    LocalTime workdayEnd();

    /** An interviewer's time zone when the directory has none; unset: the organizer calendar's. */
    Optional<String> timeZone();

    /** Interviews a day at most (their time zone). */
    @WithDefault("2")
    int dailyLimit();

    /** Interviews a week at most (Monday to Sunday, their time zone). */
    @WithDefault("6")
    int weeklyLimit();

    /**
     * Whether an interviewer the directory gives no working hours (or no zone) gets those of their own Google
     * calendar, when they published any and Google shows them to the organizer.
     */
    @WithDefault("true")
    boolean googleWorkingHours();

    /** How long a person's Google calendar (zone and working hours) is kept before it is read again. */
    @WithDefault("1h")
    Duration googleWorkingHoursCache();

    default WorkingHours workingHours() {
        return WorkingHours.of(workingDays(), workdayStart(), workdayEnd());
    }
}
