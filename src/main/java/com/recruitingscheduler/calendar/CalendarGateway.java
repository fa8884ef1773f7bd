package com.recruitingscheduler.calendar;

import com.recruitingscheduler.conference.SolutionType;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the app asks of Google Calendar, in this app's types. {@link GoogleCalendarGateway} is the one implementation
 * that talks to Google (or the sandbox) through the generated client; tests of decision logic may stand in for it.
 * Every write is charged to the organizer's request budget in Google's quota units and waits while Google has made the
 * organizer calendar read-only. A read-then-update writes only over what it read (the etag, {@code If-Match}): an
 * event that changed in between is read again and the change applied to it, never over someone else's change.
 */
public interface CalendarGateway {

    /** The conference types the organizer calendar allows, Google Meet first (cached briefly, failures too). */
    List<SolutionType> allowedSolutionTypes();

    /** The organizer calendar's time zone (read and cached with the allowed types); UTC when it names none. */
    ZoneId organizerTimeZone();

    /**
     * Inserts an event with the id the app chose, e-mailing nobody. If the id exists already, the event holding it is
     * returned as it is — perhaps the app's own from a retried insert, perhaps another one: the caller decides.
     */
    CalendarEvent insert(CalendarEvent event);

    /** Reads an event; empty when Google has no such event. A cancelled event is returned with its status. */
    Optional<CalendarEvent> find(String eventId);

    /**
     * Adds these guests to an event and e-mails them their invitation (a read, then an update of the whole event as
     * Google holds it: 2 quota units where a patch costs 3). Guests already on the event are not invited again; when
     * all are there nothing is written. The conference is left as it is.
     *
     * @throws CalendarException 410 when the event was deleted meanwhile (it is never restored by writing it)
     */
    CalendarEvent invite(String eventId, List<CalendarEvent.Guest> guests);

    /**
     * Brings an event in line with {@code wanted} — its time, title, text and guests — and lets Google tell the guests
     * (a read, then an update of the whole event: 2 quota units). Guests who stay keep their entry, their answer
     * included; new ones are invited, removed ones get a cancellation. An event that already reads as wanted is left
     * alone: nothing is written and nobody is e-mailed. The conference is left as it is.
     *
     * @return whether anything was written (and so Google told the guests)
     * @throws CalendarException 410 when the event was deleted meanwhile (it is never restored by writing it)
     */
    boolean update(CalendarEvent wanted);

    /** Every event on the organizer calendar that ends after {@code from}, deleted ones included, by id. */
    Map<String, CalendarEvent> eventsEndingAfter(Instant from);

    /** Deletes an event and tells its guests. Deleting an event that is already gone is not an error. */
    void delete(String eventId);

    /**
     * The busy periods of these calendars (people's e-mails) between {@code from} and {@code to}: one
     * {@code freebusy.query} per 50 calendars, Google's limit. Errors are reported per calendar.
     */
    FreeBusy freeBusy(List<String> calendars, Instant from, Instant to);

    /**
     * A person's own calendar (their e-mail): its time zone and published working hours (1 quota unit). Empty when
     * Google shows the organizer no such calendar ({@code 404}, or {@code 403} when it is not shared).
     *
     * @throws CalendarException when Google could not be asked (network, server error, the budget)
     */
    Optional<PersonCalendar> personCalendar(String email);
}
