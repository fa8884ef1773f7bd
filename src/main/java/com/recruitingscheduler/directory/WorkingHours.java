package com.recruitingscheduler.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * When a person works in a week, in their own time zone: windows such as Monday–Friday 09:00–17:00. An interview
 * fits when it starts and ends inside one window on one day.
 */
public record WorkingHours(List<Window> windows) {

    /** Some days of the week, from {@code start} to {@code end} (local times, start before end). */
    public record Window(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    }

    public WorkingHours {
        windows = List.copyOf(windows);
    }

    public static WorkingHours of(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
        return new WorkingHours(List.of(new Window(Set.copyOf(days), start, end)));
    }

    /** Whether the whole of {@code start}–{@code end} (both in the person's zone) lies inside one window of one day. */
    public boolean contains(ZonedDateTime start, ZonedDateTime end) {
        if (!start.toLocalDate().equals(end.toLocalDate())) {
            return false;
        }
        for (Window window : windows) {
            if (window.days().contains(start.getDayOfWeek()) && !start.toLocalTime().isBefore(window.start())
                    && !end.toLocalTime().isAfter(window.end())) {
                return true;
            }
        }
        return false;
    }
}
