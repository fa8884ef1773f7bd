package com.recruitingscheduler.directory;

import java.util.List;

/**
 * What can be said of an interviewer in the directory (the API's {@code PUT} body and the page's form); everything but
 * {@code name} may be null, and the default then holds.
 *
 * @param pools the pools the person is in; null leaves their pools as they are
 */
public record Entry(String name, String timeZone, List<WorkingHours.Window> workingHours, Integer dailyLimit,
                    Integer weeklyLimit, List<String> pools, Boolean trainee) {
}
