package com.recruitingscheduler.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What Google says of some people's calendars over a time range: each one's busy periods, or why it could not be
 * read ({@code notFound}, {@code internalError}, …). An unreadable calendar is not a free one.
 *
 * @param busy       busy periods by calendar (e-mail, lower case), for the calendars that could be read
 * @param unreadable the reason by calendar (e-mail, lower case), for those that could not
 */
public record FreeBusy(Map<String, List<Period>> busy, Map<String, String> unreadable) {

    /** A busy period, start inclusive, end exclusive. */
    public record Period(Instant start, Instant end) {
    }
}
