package com.recruitingscheduler.calendar;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.FreeBusyCalendar;
import com.google.api.services.calendar.model.FreeBusyRequest;
import com.google.api.services.calendar.model.FreeBusyRequestItem;
import com.google.api.services.calendar.model.FreeBusyResponse;
import com.recruitingscheduler.conference.SolutionType;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place that talks to Google Calendar (or the sandbox) through the generated client: what each Calendar
 * operation sends and reads ({@link GoogleCalls} makes each call: budget, pause, errors, metrics). Inserts e-mail
 * nobody; guests are invited by {@link #invite} once the event is complete. Reads and updates of whole events replace
 * patches: Google charges a patch 3 quota units, a read and an update 2.
 */
@ApplicationScoped
public class GoogleCalendarGateway implements CalendarGateway {

    private static final Logger LOG = Logger.getLogger(GoogleCalendarGateway.class);
    /** How many times a read-then-update reads again when the event changed in between, before it gives up. */
    private static final int MAX_CHANGED_MEANWHILE = 3;
    /** Google answers free/busy for at most 50 calendars a query. */
    private static final int FREE_BUSY_CALENDARS = 50;

    private final CalendarConfig config;
    private final GoogleCalls calls;
    private volatile CachedTypes solutionTypes;

    /** The last answer to calendars.get: the types, or the failure, and when it came. */
    private record CachedTypes(List<SolutionType> types, String timeZone, CalendarException failure, long readAt) {
    }

    GoogleCalendarGateway(CalendarConfig config, GoogleCalls calls) {
        this.config = config;
        this.calls = calls;
    }

    @Override
    public List<SolutionType> allowedSolutionTypes() {
        return solutionTypes(GoogleCalls.Use.READ);
    }

    @Override
    public ZoneId organizerTimeZone() {
        solutionTypes(GoogleCalls.Use.READ); // read with the allowed types, and cached with them
        ZoneId zone = CalendarMapping.zone(solutionTypes.timeZone());
        return zone == null ? ZoneOffset.UTC : zone;
    }

    /** Like {@link #allowedSolutionTypes()}, for readiness: from the cache when it is fresh, never from the budget. */
    List<SolutionType> probe() {
        return solutionTypes(GoogleCalls.Use.PROBE);
    }

    private List<SolutionType> solutionTypes(GoogleCalls.Use use) {
        CachedTypes cached = solutionTypes;
        long age = cached == null ? Long.MAX_VALUE : System.currentTimeMillis() - cached.readAt();
        if (cached != null && cached.failure() == null && age < config.conferenceTypesCache().toMillis()) {
            return cached.types();
        }
        // Only probes are answered with a remembered failure: a step must ask again, or one passing 503 would
        // be counted against it on every retry until the memory expires.
        if (use == GoogleCalls.Use.PROBE && cached != null && cached.failure() != null && age < config.failureCache().toMillis()) {
            throw cached.failure();
        }
        try {
            var calendar = calls.call("calendars.get", use, client -> client.calendars().get(config.calendarId()).execute());
            List<String> keys = calendar.getConferenceProperties() == null ? List.of()
                    : Optional.ofNullable(calendar.getConferenceProperties().getAllowedConferenceSolutionTypes()).orElse(List.of());
            List<SolutionType> types = keys.stream().map(SolutionType::fromKey).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(t -> t == SolutionType.HANGOUTS_MEET ? 0 : 1))
                    .toList();
            solutionTypes = new CachedTypes(types, calendar.getTimeZone(), null, System.currentTimeMillis());
            return types;
        } catch (CalendarException e) {
            if (e.retryAfter() == null) {
                solutionTypes = new CachedTypes(List.of(), null, e, System.currentTimeMillis());
            }
            throw e;
        }
    }

    @Override
    public CalendarEvent insert(CalendarEvent event) {
        try {
            Event created = calls.call("events.insert", GoogleCalls.Use.WRITE, client -> client.events()
                    .insert(config.calendarId(), EventMapping.toGoogle(event))
                    .setConferenceDataVersion(1)
                    .setSendUpdates("none")
                    .execute());
            return EventMapping.fromGoogle(created);
        } catch (CalendarException e) {
            if (e.status() == 409 && event.id() != null) {
                LOG.infof("Event id %s exists already; reading the event that holds it", event.id());
                return find(event.id()).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    @Override
    public Optional<CalendarEvent> find(String eventId) {
        return read(eventId).map(EventMapping::fromGoogle);
    }

    private Optional<Event> read(String eventId) {
        return read(eventId, GoogleCalls.Use.READ);
    }

    private Optional<Event> read(String eventId, GoogleCalls.Use use) {
        try {
            return Optional.of(calls.call("events.get", use, client -> client.events().get(config.calendarId(), eventId).execute()));
        } catch (CalendarException e) {
            if (e.status() == 404 || e.status() == 410) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public CalendarEvent invite(String eventId, List<CalendarEvent.Guest> guests) {
        return EventMapping.fromGoogle(readThenUpdate(eventId, current -> {
            List<EventAttendee> attendees = new ArrayList<>(Optional.ofNullable(current.getAttendees()).orElse(List.of()));
            boolean added = false;
            for (CalendarEvent.Guest guest : guests) {
                if (attendees.stream().noneMatch(a -> guest.email().equalsIgnoreCase(a.getEmail()))) {
                    attendees.add(new EventAttendee().setEmail(guest.email()).setDisplayName(guest.name()));
                    added = true;
                }
            }
            return added ? Optional.of(current.setAttendees(attendees)) : Optional.empty();
        }).event());
    }

    @Override
    public boolean update(CalendarEvent wanted) {
        return readThenUpdate(wanted.id(), current -> {
            // The organizer's own entry and rooms are Google's, not guests the app invited: kept as they are, never compared.
            List<EventAttendee> notGuests = new ArrayList<>();
            List<EventAttendee> guests = new ArrayList<>();
            Optional.ofNullable(current.getAttendees()).orElse(List.of()).forEach(a ->
                    (Boolean.TRUE.equals(a.getOrganizer()) || Boolean.TRUE.equals(a.getResource()) ? notGuests : guests).add(a));
            if (EventMapping.readsAs(EventMapping.fromGoogle(current.clone().setAttendees(guests)), wanted)) {
                return Optional.empty(); // already so: no update, no e-mail
            }
            List<EventAttendee> attendees = new ArrayList<>(notGuests);
            for (CalendarEvent.Guest guest : wanted.guests()) {
                EventAttendee kept = guests.stream().filter(a -> guest.email().equalsIgnoreCase(a.getEmail())).findFirst().orElse(null);
                attendees.add(kept == null ? new EventAttendee().setEmail(guest.email()).setDisplayName(guest.name())
                        : kept.setDisplayName(guest.name())); // their answer stays with them
            }
            return Optional.of(current.setSummary(wanted.summary()).setDescription(wanted.description())
                    .setStart(EventMapping.dateTime(wanted.start())).setEnd(EventMapping.dateTime(wanted.end()))
                    .setAttendees(attendees));
        }).written();
    }

    /** What a read-then-update ended with: the event as Google holds it, and whether it was written. */
    private record Outcome(Event event, boolean written) {
    }

    /**
     * Reads an event and writes back what {@code change} makes of it (nothing when it answers empty), only if nobody
     * changed the event in between: the update names the etag read ({@code If-Match}). When Google answers
     * {@code 412 conditionNotMet} — a guest answered, someone edited the event — it is read again and the change
     * applied to what is there now, so their change is never overwritten with what was read before it.
     */
    private Outcome readThenUpdate(String eventId, Function<Event, Optional<Event>> change) {
        for (int attempt = 1; ; attempt++) {
            calls.payForPair();
            Event current = readLive(eventId);
            String etag = current.getEtag();
            Optional<Event> changed = change.apply(current);
            if (changed.isEmpty()) {
                return new Outcome(current, false);
            }
            try {
                return new Outcome(calls.call("events.update", GoogleCalls.Use.PAID_WRITE, client -> {
                    var update = client.events().update(config.calendarId(), eventId, changed.get()).setSendUpdates("all");
                    if (etag != null) {
                        update.getRequestHeaders().setIfMatch(etag);
                    }
                    return update.execute();
                }), true);
            } catch (CalendarException e) {
                if (e.status() != 412 || attempt == MAX_CHANGED_MEANWHILE) {
                    throw e;
                }
                LOG.debugf("The event %s changed between its read and its update; reading it again", eventId);
            }
        }
    }

    /** The event as Google holds it, refusing a deleted one: writing a cancelled event would bring it back. */
    private Event readLive(String eventId) {
        Event current = read(eventId, GoogleCalls.Use.PAID_READ).orElseThrow(() -> new CalendarException(404, "notFound",
                "The event " + eventId + " is no longer on the organizer calendar.", null));
        if ("cancelled".equals(current.getStatus())) {
            throw new CalendarException(410, "deleted", "The event " + eventId + " was deleted from the organizer calendar.", null);
        }
        return current;
    }

    @Override
    public Map<String, CalendarEvent> eventsEndingAfter(Instant from) {
        Map<String, CalendarEvent> events = new HashMap<>();
        String page = null;
        do {
            String token = page;
            var result = calls.call("events.list", GoogleCalls.Use.READ, client -> client.events().list(config.calendarId())
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

    @Override
    public FreeBusy freeBusy(List<String> calendars, Instant from, Instant to) {
        Map<String, List<FreeBusy.Period>> busy = new HashMap<>();
        Map<String, String> unreadable = new HashMap<>();
        List<String> people = calendars.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList();
        for (int first = 0; first < people.size(); first += FREE_BUSY_CALENDARS) {
            List<String> chunk = people.subList(first, Math.min(first + FREE_BUSY_CALENDARS, people.size()));
            FreeBusyRequest request = new FreeBusyRequest().setTimeMin(new DateTime(from.toEpochMilli()))
                    .setTimeMax(new DateTime(to.toEpochMilli()))
                    .setItems(chunk.stream().map(id -> new FreeBusyRequestItem().setId(id)).toList());
            FreeBusyResponse answer = calls.call("freebusy.query", GoogleCalls.Use.READ, client -> client.freebusy().query(request).execute());
            Map<String, FreeBusyCalendar> byId = new HashMap<>();
            Optional.ofNullable(answer.getCalendars()).orElse(Map.of())
                    .forEach((id, calendar) -> byId.put(id.toLowerCase(Locale.ROOT), calendar));
            for (String person : chunk) {
                FreeBusyCalendar calendar = byId.get(person);
                if (calendar == null) {
                    unreadable.put(person, "notFound");
                } else if (calendar.getErrors() != null && !calendar.getErrors().isEmpty()) {
                    unreadable.put(person, calendar.getErrors().get(0).getReason());
                } else {
                    busy.put(person, Optional.ofNullable(calendar.getBusy()).orElse(List.of()).stream()
                            .map(p -> new FreeBusy.Period(Instant.ofEpochMilli(p.getStart().getValue()),
                                    Instant.ofEpochMilli(p.getEnd().getValue())))
                            .toList());
                }
            }
        }
        return new FreeBusy(busy, unreadable);
    }

    @Override
    public Optional<PersonCalendar> personCalendar(String email) {
        try {
            var calendar = calls.call("calendars.get", GoogleCalls.Use.READ, client -> client.calendars().get(email).execute());
            return Optional.of(CalendarMapping.personCalendar(calendar));
        } catch (CalendarException e) {
            boolean notShown = e.status() == 404 || (e.status() == 403 && !e.isTransient());
            if (notShown && e.retryAfter() == null && !e.isConfigurationError()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void delete(String eventId) {
        try {
            calls.call("events.delete", GoogleCalls.Use.WRITE, client -> client.events().delete(config.calendarId(), eventId)
                    .setSendUpdates("all")
                    .execute());
        } catch (CalendarException e) {
            if (e.status() != 404 && e.status() != 410) {
                throw e;
            }
        }
    }
}
