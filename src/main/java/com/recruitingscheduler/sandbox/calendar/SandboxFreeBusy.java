package com.recruitingscheduler.sandbox.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.recruitingscheduler.sandbox.SandboxError;
import com.recruitingscheduler.sandbox.control.SandboxBusy;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code freebusy.query} answered from the sandbox calendar's events: a person is busy during every event, not
 * cancelled and not marked free ({@code transparency=transparent}), that they are a guest of and have not declined;
 * the organizer during all its events. At most 50 calendars a query; ranges over 90 days are refused. Besides, people
 * have the busy time and unreadable calendars given through {@code /sandbox/busy} ({@link SandboxBusy}); an
 * unreadable calendar is answered with an error for that calendar, as Google does.
 */
@ApplicationScoped
public class SandboxFreeBusy {

    static final int MAX_CALENDARS = 50;
    static final Duration MAX_RANGE = Duration.ofDays(90);

    private final SandboxCalendar calendar;
    private final ObjectMapper json;
    private final SandboxBusy ownBusy;

    SandboxFreeBusy(SandboxCalendar calendar, ObjectMapper json, SandboxBusy ownBusy) {
        this.calendar = calendar;
        this.json = json;
        this.ownBusy = ownBusy;
    }

    /**
     * A hold on the next {@code freebusy.query}: its answer waits until released (a minute at most), so a test can do
     * something while the app waits on Google.
     */
    public static final class Hold {
        private final CountDownLatch arrived = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        /** Whether the held query has arrived within the time given. */
        public boolean arrived(Duration within) throws InterruptedException {
            return arrived.await(within.toMillis(), TimeUnit.MILLISECONDS);
        }

        public void release() {
            released.countDown();
        }
    }

    private final AtomicReference<Hold> next = new AtomicReference<>();

    /** Holds the next query's answer until the hold is released. */
    public Hold holdNext() {
        Hold hold = new Hold();
        next.set(hold);
        return hold;
    }

    ObjectNode query(JsonNode request) {
        Hold hold = next.getAndSet(null);
        if (hold != null) {
            hold.arrived.countDown();
            try {
                hold.released.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        OffsetDateTime from = time(request, "timeMin");
        OffsetDateTime to = time(request, "timeMax");
        if (!to.isAfter(from)) {
            throw new SandboxError(400, "timeRangeEmpty", "The specified time range is empty.");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new SandboxError(400, "timeRangeTooLong", "The requested time range is too long.");
        }
        JsonNode items = request.path("items");
        if (items.size() > MAX_CALENDARS) {
            throw new SandboxError(400, "tooManyCalendarsRequested", "Too many calendars requested.");
        }
        ObjectNode answer = json.createObjectNode().put("kind", "calendar#freeBusy")
                .put("timeMin", from.toInstant().toString()).put("timeMax", to.toInstant().toString());
        ObjectNode calendars = answer.putObject("calendars");
        List<ObjectNode> events = calendar.allEvents();
        for (JsonNode item : items) {
            String person = item.path("id").asText().toLowerCase(Locale.ROOT);
            Optional<String> unreadable = ownBusy.unreadable(person);
            if (unreadable.isPresent()) {
                calendars.putObject(item.path("id").asText()).putArray("errors").addObject()
                        .put("domain", "global").put("reason", unreadable.get());
                continue;
            }
            List<OffsetDateTime[]> busy = new ArrayList<>();
            for (SandboxBusy.Period own : ownBusy.of(person)) {
                if (own.end().isAfter(from) && own.start().isBefore(to)) {
                    busy.add(new OffsetDateTime[]{own.start(), own.end()});
                }
            }
            for (ObjectNode event : events) {
                if (counts(event, person)) {
                    OffsetDateTime start = OffsetDateTime.parse(event.path("start").path("dateTime").asText());
                    OffsetDateTime end = OffsetDateTime.parse(event.path("end").path("dateTime").asText());
                    if (end.isAfter(from) && start.isBefore(to)) {
                        busy.add(new OffsetDateTime[]{start, end});
                    }
                }
            }
            busy.sort(Comparator.comparing(b -> b[0]));
            ArrayNode periods = calendars.putObject(item.path("id").asText()).putArray("busy");
            busy.forEach(b -> periods.addObject().put("start", b[0].toInstant().toString()).put("end", b[1].toInstant().toString()));
        }
        return answer;
    }

    private boolean counts(ObjectNode event, String person) {
        if ("cancelled".equals(event.path("status").asText()) || "transparent".equals(event.path("transparency").asText())) {
            return false;
        }
        if (person.equals("primary") || person.equalsIgnoreCase(calendar.organizer())) {
            return true;
        }
        for (JsonNode attendee : event.path("attendees")) {
            if (attendee.path("email").asText().equalsIgnoreCase(person)) {
                return !"declined".equals(attendee.path("responseStatus").asText());
            }
        }
        return false;
    }

    private static OffsetDateTime time(JsonNode request, String field) {
        try {
            return OffsetDateTime.parse(request.path(field).asText());
        } catch (RuntimeException e) {
            throw new SandboxError(400, "required", "Missing or invalid " + field + ".");
        }
    }
}
