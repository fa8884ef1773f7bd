package com.recruitingscheduler.directory;

import java.time.ZoneId;

/**
 * An interviewer with everything that decides when they can interview: their directory entry where there is one,
 * their own Google calendar's zone and working hours where the entry says nothing of them, the defaults for the rest.
 *
 * @param workingHoursFrom where {@code workingHours} come from
 * @param listed           whether the directory has an entry for them
 */
public record Person(String email, String name, ZoneId zone, WorkingHours workingHours, HoursFrom workingHoursFrom,
                     int dailyLimit, int weeklyLimit, boolean trainee, boolean listed) {

    /** Where a person's working hours come from. */
    public enum HoursFrom {
        /** Their directory entry. */
        DIRECTORY,
        /** The working hours they published on their Google calendar. */
        GOOGLE,
        /** The configured defaults ({@code recruiting.interviewers.working-days} …). */
        DEFAULTS
    }
}
