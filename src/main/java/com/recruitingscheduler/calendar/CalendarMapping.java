package com.recruitingscheduler.calendar;

import com.google.api.services.calendar.model.Calendar;
import org.jboss.logging.Logger;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads calendar resources ({@code calendars.get}) from the generated Calendar client's model into this app's. */
final class CalendarMapping {

    private static final Logger LOG = Logger.getLogger(CalendarMapping.class);
    private static final int DAY = 24 * 60;

    private CalendarMapping() {
    }

    static PersonCalendar personCalendar(Calendar calendar) {
        return new PersonCalendar(zone(calendar.getTimeZone()), workingHours(calendar.get("workingHours")));
    }

    /** A zone Google names; null when it names none, or one Java does not know. */
    static ZoneId zone(String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The published working hours from the calendar's raw JSON: the generated client (rev. 2026-07-08, the newest
     * served) does not model {@code workingHours}, so it is read as Google sends it. Blocks that do not read as a day
     * and a span within it are left out; hours turned off read as none.
     */
    private static List<PersonCalendar.Block> workingHours(Object raw) {
        if (!(raw instanceof Map<?, ?> hours) || !Boolean.TRUE.equals(hours.get("workingHoursEnabled"))
                || !(hours.get("availableTimes") instanceof List<?> times)) {
            return List.of();
        }
        List<PersonCalendar.Block> blocks = new ArrayList<>();
        for (Object time : times) {
            if (time instanceof Map<?, ?> block && block.get("dayOfWeek") instanceof String day
                    && block.get("periodStart") instanceof Number start && block.get("periodEnd") instanceof Number end) {
                try {
                    DayOfWeek dayOfWeek = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
                    if (start.intValue() >= 0 && end.intValue() > start.intValue() && end.intValue() <= DAY) {
                        blocks.add(new PersonCalendar.Block(dayOfWeek, start.intValue(), end.intValue()));
                    }
                } catch (IllegalArgumentException e) {
                    LOG.debugf("A working-hours block with an unknown day was left out: %s", day);
                }
            }
        }
        return blocks;
    }
}
