package com.recruitingscheduler.calendar;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;

/**
 * What Google says of a person's own primary calendar ({@code calendars.get}): its time zone and the working hours
 * the person published (Google Workspace, generally available since 3 November 2026), in that zone.
 *
 * @param zone         the calendar's time zone; null when it names none Java knows
 * @param workingHours the published blocks; empty when the person has none or has turned them off
 */
public record PersonCalendar(ZoneId zone, List<Block> workingHours) {

    /** One block of a day: minutes from the start of the day, {@code start} inclusive, {@code end} exclusive (≤ 1440). */
    public record Block(DayOfWeek day, int start, int end) {
    }

    public PersonCalendar {
        workingHours = List.copyOf(workingHours);
    }
}
