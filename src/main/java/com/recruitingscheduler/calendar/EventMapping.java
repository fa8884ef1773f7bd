package com.recruitingscheduler.calendar;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import com.recruitingscheduler.conference.InvalidConferenceException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Event translation between this app's {@link CalendarEvent} and the generated client's {@link Event}. */
final class EventMapping {

    private EventMapping() {
    }

    static Event toGoogle(CalendarEvent event) {
        Event google = new Event()
                .setId(event.id())
                .setSummary(event.summary())
                .setDescription(event.description())
                .setStart(dateTime(event.start()))
                .setEnd(dateTime(event.end()))
                .setAttendees(event.guests().stream()
                        .map(g -> new EventAttendee().setEmail(g.email()).setDisplayName(g.name()))
                        .toList())
                .setGuestsCanSeeOtherGuests(event.guestsCanSeeOtherGuests())
                .setGuestsCanInviteOthers(event.guestsCanInviteOthers())
                .setGuestsCanModify(false)
                .setVisibility(event.visibility());
        if (!event.privateProperties().isEmpty()) {
            google.setExtendedProperties(new Event.ExtendedProperties().setPrivate(event.privateProperties()));
        }
        if (event.conference() != null) {
            google.setConferenceData(ConferenceMapping.toGoogle(event.conference()));
        }
        return google;
    }

    /** Like {@link #fromGoogle}, but an event whose conference data breaks the rules reads as having none. */
    static CalendarEvent fromGoogleLeniently(Event google) {
        try {
            return fromGoogle(google);
        } catch (InvalidConferenceException e) {
            return fromGoogle(google.clone().setConferenceData(null));
        }
    }

    static CalendarEvent fromGoogle(Event google) {
        List<CalendarEvent.Guest> guests = google.getAttendees() == null ? List.of() : google.getAttendees().stream()
                .map(a -> new CalendarEvent.Guest(a.getDisplayName(), a.getEmail()))
                .toList();
        Map<String, String> privateProperties = google.getExtendedProperties() == null
                || google.getExtendedProperties().getPrivate() == null
                ? Map.of() : google.getExtendedProperties().getPrivate();
        return new CalendarEvent(google.getId(), google.getStatus(), google.getSummary(), google.getDescription(),
                zoned(google.getStart()), zoned(google.getEnd()), guests,
                google.getGuestsCanSeeOtherGuests() == null || google.getGuestsCanSeeOtherGuests(),
                google.getGuestsCanInviteOthers() == null || google.getGuestsCanInviteOthers(),
                google.getVisibility() == null ? "default" : google.getVisibility(),
                privateProperties, ConferenceMapping.fromGoogle(google.getConferenceData()), google.getHtmlLink());
    }

    /**
     * Whether the event already reads as wanted, for its guests: the same title and text, the same start, end and
     * time zone, the same guests (by e-mail, with the same names, in any order).
     */
    static boolean readsAs(CalendarEvent event, CalendarEvent wanted) {
        return Objects.equals(event.summary(), wanted.summary()) && Objects.equals(event.description(), wanted.description())
                && sameTime(event.start(), wanted.start()) && sameTime(event.end(), wanted.end())
                && guestKeys(event).equals(guestKeys(wanted));
    }

    private static boolean sameTime(ZonedDateTime a, ZonedDateTime b) {
        return a != null && b != null && a.toInstant().equals(b.toInstant()) && a.getZone().equals(b.getZone());
    }

    private static Set<String> guestKeys(CalendarEvent event) {
        return event.guests().stream().map(g -> g.email().toLowerCase(Locale.ROOT) + " " + g.name()).collect(Collectors.toSet());
    }

    static EventDateTime dateTime(ZonedDateTime time) {
        return new EventDateTime()
                .setDateTime(DateTime.parseRfc3339(time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)))
                .setTimeZone(time.getZone().getId());
    }

    private static ZonedDateTime zoned(EventDateTime time) {
        if (time == null || time.getDateTime() == null) {
            return null;
        }
        ZoneId zone = time.getTimeZone() == null ? ZoneId.of("UTC") : ZoneId.of(time.getTimeZone());
        return Instant.ofEpochMilli(time.getDateTime().getValue()).atZone(zone);
    }
}
