package com.recruitingscheduler.directory;

import java.time.ZoneId;

/**
 * An interviewer with everything that decides when they can interview: their directory entry where there is one,
 * the defaults for the rest.
 *
 * @param listed whether the directory has an entry for them
 */
public record Person(String email, String name, ZoneId zone, WorkingHours workingHours, int dailyLimit, int weeklyLimit,
                     boolean trainee, boolean listed) {
}
