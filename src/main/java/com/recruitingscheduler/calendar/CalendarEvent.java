package com.recruitingscheduler.calendar;

import com.recruitingscheduler.conference.ConferenceData;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A Google Calendar event in this app's terms: what the app writes and what it reads back.
 * Start and end carry the time zone in which the guests see the event.
 *
 * @param visibility Google's {@code visibility}: {@code default}, {@code public}, {@code private} or {@code confidential}
 */
public record CalendarEvent(String id, String status, String summary, String description,
                            ZonedDateTime start, ZonedDateTime end, List<Guest> guests,
                            boolean guestsCanSeeOtherGuests, boolean guestsCanInviteOthers, String visibility,
                            Map<String, String> privateProperties, ConferenceData conference, String htmlLink) {

    public record Guest(String name, String email) {
    }

    public CalendarEvent {
        guests = guests == null ? List.of() : List.copyOf(guests);
        privateProperties = privateProperties == null ? Map.of() : Map.copyOf(privateProperties);
    }

    public boolean isCancelled() {
        return "cancelled".equals(status);
    }

    public String conferenceId() {
        return conference == null || conference.solution() == null ? null : conference.solution().conferenceId();
    }
}
