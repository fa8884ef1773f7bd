package com.recruitingscheduler.calendar;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.FreeBusyCalendar;
import com.google.api.services.calendar.model.FreeBusyRequest;
import com.google.api.services.calendar.model.FreeBusyRequestItem;
import com.google.api.services.calendar.model.FreeBusyResponse;
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
 * The one place that talks to Google Calendar (or the sandbox) through the generated client. Inserts e-mail nobody;
 * guests are invited by {@link #invite} once the event is complete. Reads and updates of whole events replace
 * patches: Google charges a patch 3 quota units, a read and an update 2.
 */
@ApplicationScoped
@Startup // a broken key file must stop the app at start, not at the first interview
public class GoogleCalendarGateway implements CalendarGateway {

    private static final Logger LOG = Logger.getLogger(GoogleCalendarGateway.class);
    private static final Duration SHORT_WAIT = Duration.ofSeconds(1);
    /** How many times a read-then-update reads again when the event changed in between, before it gives up. */
    private static final int MAX_CHANGED_MEANWHILE = 3;
    /** Google answers free/busy for at most 50 calendars a query. */
    private static final int FREE_BUSY_CALENDARS = 50;

    private final CalendarConfig config;
    private final CalendarClientFactory factory;
    private final CalendarRateLimiter limiter;
    private final CalendarPause pause;
    private final MeterRegistry metrics;
    private volatile Calendar client;
    private volatile CachedTypes solutionTypes;

    /** The last answer to calendars.get: the types, or the failure, and when it came. */
    private record CachedTypes(List<SolutionType> types, String timeZone, CalendarException failure, long readAt) {
    }

    /** Whether a call is charged to the organizer's request budget (readiness probes are not), and may write. */
    /**
     * What a call is, for the budget and the pause: reads and writes take 1 quota unit each; a probe (readiness) takes
     * none; the read and the update of a read-then-write pair are paid together before the read ({@link #payForPair}),
     * so that under a tight budget a step never spends a unit on a read it then cannot follow up.
     */
    private enum Use {
        READ(true, false), WRITE(true, true), PROBE(false, false), PAID_READ(false, false), PAID_WRITE(false, true);

        final boolean charged;
        final boolean write;

        Use(boolean charged, boolean write) {
            this.charged = charged;
            this.write = write;
        }
    }

    GoogleCalendarGateway(CalendarConfig config, CalendarClientFactory factory, CalendarRateLimiter limiter,
                          CalendarPause pause, MeterRegistry metrics) {
        this.config = config;
        this.factory = factory;
        this.limiter = limiter;
        this.pause = pause;
        this.metrics = metrics;
        factory.credentials();
    }

    @Override
    public List<SolutionType> allowedSolutionTypes() {
        return solutionTypes(Use.READ);
    }

    @Override
    public ZoneId organizerTimeZone() {
        solutionTypes(Use.READ); // read with the allowed types, and cached with them
        ZoneId zone = CalendarMapping.zone(solutionTypes.timeZone());
        return zone == null ? ZoneOffset.UTC : zone;
    }

    /** Like {@link #allowedSolutionTypes()}, for readiness: from the cache when it is fresh, never from the budget. */
    List<SolutionType> probe() {
        return solutionTypes(Use.PROBE);
    }

    private List<SolutionType> solutionTypes(Use use) {
        CachedTypes cached = solutionTypes;
        long age = cached == null ? Long.MAX_VALUE : System.currentTimeMillis() - cached.readAt();
        if (cached != null && cached.failure() == null && age < config.conferenceTypesCache().toMillis()) {
            return cached.types();
        }
        // Only probes are answered with a remembered failure: a step must ask again, or one passing 503 would
        // be counted against it on every retry until the memory expires.
        if (use == Use.PROBE && cached != null && cached.failure() != null && age < config.failureCache().toMillis()) {
            throw cached.failure();
        }
        try {
            var calendar = call("calendars.get", use, () -> client().calendars().get(config.calendarId()).execute());
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
            Event created = call("events.insert", Use.WRITE, () -> client().events()
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
        return read(eventId, Use.READ);
    }

    private Optional<Event> read(String eventId, Use use) {
        try {
            return Optional.of(call("events.get", use, () -> client().events().get(config.calendarId(), eventId).execute()));
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
            payForPair();
            Event current = readLive(eventId);
            String etag = current.getEtag();
            Optional<Event> changed = change.apply(current);
            if (changed.isEmpty()) {
                return new Outcome(current, false);
            }
            try {
                return new Outcome(call("events.update", Use.PAID_WRITE, () -> {
                    var update = client().events().update(config.calendarId(), eventId, changed.get()).setSendUpdates("all");
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
        Event current = read(eventId, Use.PAID_READ).orElseThrow(() -> new CalendarException(404, "notFound",
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
            var result = call("events.list", Use.READ, () -> client().events().list(config.calendarId())
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
            FreeBusyResponse answer = call("freebusy.query", Use.READ, () -> client().freebusy().query(request).execute());
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
            var calendar = call("calendars.get", Use.READ, () -> client().calendars().get(email).execute());
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
            call("events.delete", Use.WRITE, () -> client().events().delete(config.calendarId(), eventId)
                    .setSendUpdates("all")
                    .execute());
        } catch (CalendarException e) {
            if (e.status() != 404 && e.status() != 410) {
                throw e;
            }
        }
    }

    /**
     * The generated client, built for the root URL in force: in sandbox mode that is this app's own port, which a
     * random test port makes known only once the server listens — a step picked up at start must not build a client
     * for port 0 and keep it.
     */
    private Calendar client() {
        String rootUrl = factory.rootUrl();
        Calendar current = client;
        if (current == null || !rootUrl.equals(current.getRootUrl())) {
            synchronized (this) {
                if (client == null || !rootUrl.equals(client.getRootUrl())) {
                    client = factory.create(rootUrl);
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
    private <T> T call(String method, Use use, GoogleCall<T> call) {
        try {
            T result = callGoogle(method, use, call);
            count(method, "ok");
            if (use.write) {
                pause.writeSucceeded();
            }
            return result;
        } catch (CalendarException e) {
            count(method, e.status() == 0 ? "io-error" : e.status() + (e.reason() == null ? "" : " " + e.reason()));
            throw e;
        }
    }

    private void count(String method, String outcome) {
        metrics.counter("recruiting.calendar.calls", "method", method, "outcome", outcome).increment();
    }

    private <T> T callGoogle(String method, Use use, GoogleCall<T> call) {
        if (use.write) {
            refuseWhilePaused();
        }
        if (use.charged) {
            holdBackIfOverBudget(1); // every call this gateway makes costs 1 unit (it never patches)
        }
        try {
            return call.execute();
        } catch (GoogleJsonResponseException e) {
            CalendarException error = GoogleErrors.classify(e, method, config);
            if (error.isQuotaExceeded()) {
                Instant until = pause.pause();
                throw CalendarException.paused(Duration.between(Instant.now(), until), pauseMessage(until));
            }
            throw error;
        } catch (IOException e) {
            Optional<GoogleErrors.TokenRefusal> tokenRefusal = GoogleErrors.tokenRefusal(e);
            if (tokenRefusal.isPresent()) {
                throw GoogleErrors.delegationRefused(tokenRefusal.get(), config);
            }
            throw new CalendarException(0, null, "Google Calendar could not be reached (" + method + "): " + e.getMessage(), e);
        } catch (InvalidConferenceException e) {
            throw new CalendarException(200, "invalidConference",
                    "Google Calendar returned conference data this app cannot use: " + e.getMessage(), e);
        }
    }

    private static String pauseMessage(Instant until) {
        return "Google has made the organizer calendar read-only for a while (Calendar usage limits exceeded). Writes "
                + "for this organizer are paused on every instance until " + until + " UTC and then resume by themselves.";
    }

    private void refuseWhilePaused() {
        Optional<Instant> paused = pause.pausedUntil();
        if (paused.isPresent()) {
            throw CalendarException.paused(Duration.between(Instant.now(), paused.get()), pauseMessage(paused.get()));
        }
    }

    /** Before a read-then-update: the pause is checked and both calls' units are taken at once. */
    private void payForPair() {
        refuseWhilePaused();
        holdBackIfOverBudget(2);
    }

    /** Waits briefly for the request budget; a longer wait is handed back to the caller to plan. */
    private void holdBackIfOverBudget(int units) {
        Duration wait = limiter.acquire(units);
        for (int tries = 0; !wait.isZero() && wait.compareTo(SHORT_WAIT) <= 0 && tries < 3; tries++) {
            try {
                Thread.sleep(wait.toMillis() + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            wait = limiter.acquire(units);
        }
        if (!wait.isZero()) {
            throw CalendarException.heldBack(wait);
        }
    }
}
