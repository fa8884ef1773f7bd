package com.recruitingscheduler.calendar;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import com.recruitingscheduler.conference.InvalidConferenceException;
import com.recruitingscheduler.conference.SolutionType;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that talks to Google Calendar (or the sandbox) through the generated client. It takes and returns
 * this app's types; every write asks Google to notify the guests and to honour conference data.
 */
@ApplicationScoped
@Startup // a broken key file must stop the app at start, not at the first interview
public class CalendarGateway {

    private static final Logger LOG = Logger.getLogger(CalendarGateway.class);
    private static final Duration SHORT_WAIT = Duration.ofSeconds(1);

    private final CalendarConfig config;
    private final CalendarClientFactory factory;
    private final CalendarRateLimiter limiter;
    private volatile Calendar client;
    private volatile CachedTypes solutionTypes;

    private record CachedTypes(List<SolutionType> types, long readAt) {
    }

    private final MeterRegistry metrics;

    CalendarGateway(CalendarConfig config, CalendarClientFactory factory, CalendarRateLimiter limiter, MeterRegistry metrics) {
        this.config = config;
        this.factory = factory;
        this.limiter = limiter;
        this.metrics = metrics;
        factory.credentials();
    }

    /** The conference types the organizer calendar allows, Google Meet first. */
    public List<SolutionType> allowedSolutionTypes() {
        CachedTypes cached = solutionTypes;
        if (cached != null && System.currentTimeMillis() - cached.readAt() < config.conferenceTypesCache().toMillis()) {
            return cached.types();
        }
        var calendar = call("calendars.get", () -> client().calendars().get(config.calendarId()).execute());
        List<String> keys = calendar.getConferenceProperties() == null ? List.of()
                : Optional.ofNullable(calendar.getConferenceProperties().getAllowedConferenceSolutionTypes()).orElse(List.of());
        List<SolutionType> types = keys.stream().map(SolutionType::fromKey).flatMap(Optional::stream)
                .sorted(Comparator.comparing(t -> t == SolutionType.HANGOUTS_MEET ? 0 : 1))
                .toList();
        solutionTypes = new CachedTypes(types, System.currentTimeMillis());
        return types;
    }

    /**
     * Inserts an event with the id the app chose. If that id exists already — a retry after a lost answer —
     * the existing event is read instead, so a retried insert never creates a second event.
     */
    public CalendarEvent insert(CalendarEvent event) {
        try {
            Event created = call("events.insert", () -> client().events().insert(config.calendarId(), EventMapping.toGoogle(event))
                    .setConferenceDataVersion(1)
                    .setSendUpdates("all")
                    .execute());
            return EventMapping.fromGoogle(created);
        } catch (CalendarException e) {
            if (e.status() == 409 && event.id() != null) {
                LOG.infof("Event %s exists already; reading it instead of inserting it again", event.id());
                return find(event.id()).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    /** Reads an event; empty when Google has no such event. A cancelled event is returned with its status. */
    public Optional<CalendarEvent> find(String eventId) {
        try {
            return Optional.of(EventMapping.fromGoogle(call("events.get",
                    () -> client().events().get(config.calendarId(), eventId).execute())));
        } catch (CalendarException e) {
            if (e.status() == 404 || e.status() == 410) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Moves an event and tells its guests. The conference is left as it is: without conferenceDataVersion=1 Google
     * does not touch it.
     */
    public CalendarEvent move(String eventId, ZonedDateTime start, ZonedDateTime end) {
        Event times = new Event().setStart(EventMapping.dateTime(start)).setEnd(EventMapping.dateTime(end));
        return EventMapping.fromGoogle(call("events.patch", () -> client().events().patch(config.calendarId(), eventId, times)
                .setSendUpdates("all")
                .execute()));
    }

    /** Every event on the organizer calendar that ends after {@code from}, deleted ones included, by id. */
    public Map<String, CalendarEvent> eventsEndingAfter(Instant from) {
        Map<String, CalendarEvent> events = new java.util.HashMap<>();
        String page = null;
        do {
            String token = page;
            var result = call("events.list", () -> client().events().list(config.calendarId())
                    .setTimeMin(new DateTime(from.toEpochMilli()))
                    .setShowDeleted(true)
                    .setMaxResults(2500)
                    .setPageToken(token)
                    .execute());
            if (result.getItems() != null) {
                result.getItems().forEach(e -> events.put(e.getId(), EventMapping.fromGoogleLeniently(e)));
            }
            page = result.getNextPageToken();
        } while (page != null);
        return events;
    }

    /** Deletes an event and tells its guests. Deleting an event that is already gone is not an error. */
    public void delete(String eventId) {
        try {
            call("events.delete", () -> client().events().delete(config.calendarId(), eventId)
                    .setSendUpdates("all")
                    .execute());
        } catch (CalendarException e) {
            if (e.status() != 404 && e.status() != 410) {
                throw e;
            }
        }
    }

    private Calendar client() {
        Calendar current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = factory.create();
                }
                current = client;
            }
        }
        return current;
    }

    @FunctionalInterface
    private interface GoogleCall<T> {
        T execute() throws IOException;
    }

    /** One Calendar call, counted by method and outcome ({@code recruiting_calendar_calls_total}). */
    private <T> T call(String method, GoogleCall<T> call) {
        try {
            T result = callGoogle(method, call);
            count(method, "ok");
            return result;
        } catch (CalendarException e) {
            count(method, e.status() == 0 ? "io-error" : e.status() + (e.reason() == null ? "" : " " + e.reason()));
            throw e;
        }
    }

    private void count(String method, String outcome) {
        metrics.counter("recruiting.calendar.calls", "method", method, "outcome", outcome).increment();
    }

    private <T> T callGoogle(String method, GoogleCall<T> call) {
        holdBackIfOverBudget();
        try {
            return call.execute();
        } catch (GoogleJsonResponseException e) {
            GoogleJsonError details = e.getDetails();
            String reason = details == null || details.getErrors() == null || details.getErrors().isEmpty()
                    ? null : details.getErrors().get(0).getReason();
            String message = details != null && details.getMessage() != null ? details.getMessage() : e.getStatusMessage();
            throw new CalendarException(e.getStatusCode(), reason,
                    "Google Calendar answered " + e.getStatusCode() + (reason == null ? "" : " " + reason) + " to " + method
                            + ": " + message, e);
        } catch (IOException e) {
            throw new CalendarException(0, null, "Google Calendar could not be reached (" + method + "): " + e.getMessage(), e);
        } catch (InvalidConferenceException e) {
            throw new CalendarException(200, "invalidConference",
                    "Google Calendar returned conference data this app cannot use: " + e.getMessage(), e);
        }
    }

    /** Waits briefly for the request budget; a longer wait is handed back to the caller to plan. */
    private void holdBackIfOverBudget() {
        Duration wait = limiter.acquire();
        for (int tries = 0; !wait.isZero() && wait.compareTo(SHORT_WAIT) <= 0 && tries < 3; tries++) {
            try {
                Thread.sleep(wait.toMillis() + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            wait = limiter.acquire();
        }
        if (!wait.isZero()) {
            throw CalendarException.heldBack(wait);
        }
    }

    /** Event translation between this app's {@link CalendarEvent} and the generated client's {@link Event}. */
    static final class EventMapping {


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
                    .setGuestsCanModify(false);
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
                    privateProperties, ConferenceMapping.fromGoogle(google.getConferenceData()), google.getHtmlLink());
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
}
