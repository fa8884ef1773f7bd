package com.recruitingscheduler.sandbox.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.recruitingscheduler.sandbox.SandboxConfig;
import com.recruitingscheduler.sandbox.SandboxError;
import com.recruitingscheduler.sandbox.control.SandboxSettings;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The sandbox's one calendar and its events, with Google Calendar's semantics where this app depends on them:
 * client-chosen ids, conference creation that is often decided at once and otherwise asynchronous, only Google Meet
 * creatable by API clients, signed conference copies (the signature covers the whole conference, so a copy missing
 * any field is dropped), no conferences or guests without domain-wide delegation, free/busy from its events, and the
 * e-mails guests would receive. Kept in memory: the sandbox stands in for Google, it is not the app's data.
 */
@ApplicationScoped
public class SandboxCalendar {

    private static final Pattern EVENT_ID = Pattern.compile("[a-v0-9]{5,1024}");
    private static final String[] COPIED_FIELDS = {"summary", "description", "location", "start", "end", "attendees",
            "guestsCanSeeOtherGuests", "guestsCanInviteOthers", "guestsCanModify", "visibility", "extendedProperties",
            "reminders", "transparency", "colorId"};

    private final ObjectMapper json;
    private final SandboxConferences conferences;
    private final SandboxSettings settings;
    private final String organizer;
    private final Map<String, StoredEvent> events = new LinkedHashMap<>();
    private final List<Invitation> sent = new ArrayList<>();
    private final Map<String, Integer> insertAttempts = new java.util.HashMap<>();
    private final Map<String, Answer> answersInFlight = new java.util.HashMap<>();

    /** A guest's answer to their invitation. */
    private record Answer(String email, String responseStatus) {
    }

    /** An event with the sandbox's own bookkeeping about its conference, which Google keeps to itself. */
    private static final class StoredEvent {
        ObjectNode event;
        final SandboxConferences.Bookkeeping conference = new SandboxConferences.Bookkeeping();
    }

    SandboxCalendar(ObjectMapper json, SandboxConferences conferences, SandboxSettings settings, SandboxConfig config) {
        this.json = json;
        this.conferences = conferences;
        this.settings = settings;
        this.organizer = config.organizer();
    }

    public String organizer() {
        return organizer;
    }

    /** {@code calendars.get}: the calendar with the conference types it allows. */
    synchronized ObjectNode calendar(String calendarId) {
        requireCalendar(calendarId);
        ObjectNode calendar = json.createObjectNode()
                .put("kind", "calendar#calendar")
                .put("etag", "\"sandbox\"")
                .put("id", organizer)
                .put("summary", organizer)
                .put("timeZone", "UTC");
        ArrayNode types = calendar.putObject("conferenceProperties").putArray("allowedConferenceSolutionTypes");
        settings.current().allowedSolutionTypes().forEach(types::add);
        return calendar;
    }

    /** Who calls: a token's subject when it impersonates a user (domain-wide delegation), else null. */
    record Caller(String subject) {
        boolean delegated() {
            return subject != null;
        }
    }

    synchronized ObjectNode insert(String calendarId, ObjectNode body, int conferenceDataVersion, String sendUpdates,
                                   String baseUri, Caller caller) {
        requireCalendar(calendarId);
        requireMayInvite(body, caller);
        String id = body.path("id").asText(null);
        if (id != null && !EVENT_ID.matcher(id).matches()) {
            throw SandboxError.invalid("Invalid resource id value.");
        }
        if (id != null) {
            insertAttempts.merge(id, 1, Integer::sum);
        }
        if (id != null && events.containsKey(id)) {
            throw new SandboxError(409, "duplicate", "The requested identifier already exists.");
        }
        if (id == null) {
            id = UUID.randomUUID().toString().replace("-", ""); // hex digits are base32hex too
        }
        requireTimes(body);
        String now = Instant.now().toString();
        ObjectNode event = json.createObjectNode()
                .put("kind", "calendar#event")
                .put("id", id)
                .put("status", "confirmed")
                .put("htmlLink", baseUri + "sandbox/events/" + id)
                .put("created", now)
                .put("iCalUID", id + "@google.com")
                .put("sequence", 0);
        event.putObject("creator").put("email", organizer);
        event.putObject("organizer").put("email", organizer).put("self", true);
        copyWritableFields(body, event);
        StoredEvent stored = new StoredEvent();
        stored.event = event;
        conferences.apply(stored.event, stored.conference, body.get("conferenceData"), conferenceDataVersion, baseUri, caller.delegated());
        touch(event);
        events.put(id, stored);
        notifyGuests(null, stored.event, sendUpdates);
        return conferences.shown(stored.event);
    }

    synchronized ObjectNode get(String calendarId, String eventId, String baseUri) {
        requireCalendar(calendarId);
        StoredEvent stored = find(eventId);
        conferences.resolveOnRead(stored.event, stored.conference, baseUri);
        return conferences.shown(stored.event);
    }

    /** {@code events.list}: with {@code timeMin}, only events that end after it (as Google filters). */
    synchronized ObjectNode list(String calendarId, boolean showDeleted, String privateProperty, String timeMin,
                                 int maxResults, String pageToken, String baseUri) {
        requireCalendar(calendarId);
        if (maxResults < 1 || maxResults > 2500) {
            throw SandboxError.invalid("Invalid value for maxResults: " + maxResults);
        }
        int skip = 0;
        if (pageToken != null) {
            try {
                skip = Integer.parseInt(new String(java.util.Base64.getUrlDecoder().decode(pageToken), java.nio.charset.StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                throw SandboxError.invalid("Invalid page token value.");
            }
        }
        OffsetDateTime after = timeMin == null ? null : parseTime(timeMin, "timeMin");
        ArrayNode items = json.createArrayNode();
        int matched = 0;
        boolean more = false;
        for (StoredEvent stored : events.values()) {
            if (after != null && !time(stored.event.path("end"), "end").isAfter(after)) {
                continue;
            }
            if (!showDeleted && "cancelled".equals(stored.event.path("status").asText())) {
                continue;
            }
            if (privateProperty != null && !hasPrivateProperty(stored.event, privateProperty)) {
                continue;
            }
            if (matched++ < skip) {
                continue;
            }
            if (items.size() == maxResults) {
                more = true;
                break;
            }
            conferences.resolveOnRead(stored.event, stored.conference, baseUri);
            items.add(conferences.shown(stored.event));
        }
        ObjectNode list = json.createObjectNode().put("kind", "calendar#events").put("summary", organizer);
        list.set("items", items);
        if (more) {
            list.put("nextPageToken", java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(String.valueOf(skip + maxResults).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return list;
    }

    /** {@code events.patch}: fields given replace those stored; extended properties merge. */
    synchronized ObjectNode patch(String calendarId, String eventId, ObjectNode body, int conferenceDataVersion,
                                  String sendUpdates, String baseUri, Caller caller) {
        requireCalendar(calendarId);
        requireMayInvite(body, caller);
        StoredEvent stored = find(eventId);
        requireNotCancelled(stored);
        ObjectNode before = stored.event.deepCopy();
        ObjectNode merged = stored.event.deepCopy();
        for (String field : COPIED_FIELDS) {
            if (!body.has(field)) {
                continue;
            }
            if (field.equals("extendedProperties") && merged.has(field)) {
                for (String scope : new String[]{"private", "shared"}) {
                    if (body.path(field).has(scope)) {
                        ObjectNode target = ((ObjectNode) merged.get(field)).with(scope);
                        target.setAll((ObjectNode) body.path(field).get(scope));
                    }
                }
            } else {
                merged.set(field, body.get(field).deepCopy());
            }
        }
        requireTimes(merged);
        stored.event = merged;
        if (body.has("conferenceData")) {
            conferences.apply(stored.event, stored.conference, body.get("conferenceData"), conferenceDataVersion, baseUri, caller.delegated());
        }
        stored.event.put("sequence", stored.event.path("sequence").asInt() + 1);
        touch(stored.event);
        notifyGuests(before, stored.event, sendUpdates);
        return conferences.shown(stored.event);
    }

    /**
     * {@code events.update}: the event is replaced; with version 1 a missing conference removes the conference. With
     * {@code If-Match}, only while the event still has that etag ({@code 412 conditionNotMet} otherwise).
     */
    synchronized ObjectNode update(String calendarId, String eventId, ObjectNode body, int conferenceDataVersion,
                                   String sendUpdates, String ifMatch, String baseUri, Caller caller) {
        requireCalendar(calendarId);
        requireMayInvite(body, caller);
        StoredEvent stored = find(eventId);
        Answer inFlight = answersInFlight.remove(eventId);
        if (inFlight != null) {
            respond(eventId, inFlight.email(), inFlight.responseStatus());
        }
        requireNotCancelled(stored);
        if (ifMatch != null && !ifMatch.equals(stored.event.path("etag").asText())) {
            throw new SandboxError(412, "conditionNotMet", "Precondition Failed");
        }
        requireTimes(body);
        ObjectNode before = stored.event.deepCopy();
        ObjectNode replaced = stored.event.deepCopy();
        for (String field : COPIED_FIELDS) {
            replaced.remove(field);
        }
        copyWritableFields(body, replaced);
        stored.event = replaced;
        if (conferenceDataVersion == 1) {
            if (body.has("conferenceData")) {
                conferences.apply(stored.event, stored.conference, body.get("conferenceData"), conferenceDataVersion, baseUri, caller.delegated());
            } else {
                stored.event.remove("conferenceData");
                stored.event.remove("hangoutLink");
            }
        }
        stored.event.put("sequence", stored.event.path("sequence").asInt() + 1);
        touch(stored.event);
        notifyGuests(before, stored.event, sendUpdates);
        return conferences.shown(stored.event);
    }

    /** {@code events.delete}: the event stays, cancelled (its id cannot be used again); deleting it twice answers 410. */
    synchronized void delete(String calendarId, String eventId, String sendUpdates) {
        requireCalendar(calendarId);
        StoredEvent stored = find(eventId);
        if ("cancelled".equals(stored.event.path("status").asText())) {
            throw new SandboxError(410, "deleted", "Resource has been deleted");
        }
        stored.event.put("status", "cancelled");
        touch(stored.event);
        sendTo(stored.event, stored.event.path("attendees"), sendUpdates, Invitation.Kind.CANCELLED);
    }

    /** One event as the organizer's calendar holds it, for people following an event link; empty when unknown. */
    public synchronized java.util.Optional<ObjectNode> event(String eventId) {
        StoredEvent stored = events.get(eventId);
        return stored == null ? java.util.Optional.empty() : java.util.Optional.of(conferences.shown(stored.event));
    }

    /**
     * A guest answers while the next update of this event is on its way — after the client read the event, before its
     * write arrives: the update then meets an event that changed since it was read.
     */
    public synchronized void respondDuringNextUpdate(String eventId, String email, String responseStatus) {
        answersInFlight.put(eventId, new Answer(email, responseStatus));
    }

    /** A guest answers their invitation, as they would in Google Calendar: the organizer's copy shows the answer. */
    public synchronized void respond(String eventId, String email, String responseStatus) {
        for (JsonNode attendee : find(eventId).event.path("attendees")) {
            if (attendee.path("email").asText().equalsIgnoreCase(email)) {
                ((ObjectNode) attendee).put("responseStatus", responseStatus);
                touch(find(eventId).event);
                return;
            }
        }
        throw new IllegalArgumentException(email + " is no guest of " + eventId);
    }

    /** Every e-mail sent to this address, newest first. */
    public synchronized List<Invitation> inbox(String email) {
        List<Invitation> mails = new ArrayList<>();
        for (Invitation invitation : sent) {
            if (invitation.to().equalsIgnoreCase(email)) {
                mails.add(0, invitation);
            }
        }
        return mails;
    }

    /** How many times a client asked to insert an event with this id (a second ask answered 409). */
    public synchronized int insertAttempts(String eventId) {
        return insertAttempts.getOrDefault(eventId, 0);
    }

    /** Every address that has received an e-mail. */
    public synchronized List<String> recipients() {
        return sent.stream().map(Invitation::to).distinct().toList();
    }

    /** All events, cancelled ones included, as Google would list them with {@code showDeleted=true}. */
    public synchronized List<ObjectNode> allEvents() {
        return events.values().stream().map(s -> conferences.shown(s.event)).toList();
    }

    /**
     * The e-mails a write sends with {@code sendUpdates=all}: an invitation to each guest who is new, a cancellation to
     * each guest removed, an update to the others only when what they see changed (time, title, text, conference, and
     * the guest list where guests see each other). Google has no "new guests only" for API writes, unlike its own
     * page's dialog: "all" means all guests, so a guest added or removed is news to everyone who sees the list.
     */
    private void notifyGuests(ObjectNode before, ObjectNode after, String sendUpdates) {
        List<JsonNode> added = new ArrayList<>();
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode attendee : after.path("attendees")) {
            (before != null && hasAttendee(before, attendee.path("email").asText()) ? kept : added).add(attendee);
        }
        sendTo(after, added, sendUpdates, Invitation.Kind.INVITATION);
        if (before == null) {
            return;
        }
        List<JsonNode> removed = new ArrayList<>();
        before.path("attendees").forEach(a -> {
            if (!hasAttendee(after, a.path("email").asText())) {
                removed.add(a);
            }
        });
        sendTo(before, removed, sendUpdates, Invitation.Kind.CANCELLED);
        boolean changed = !sameTime(before.path("start"), after.path("start")) || !sameTime(before.path("end"), after.path("end"));
        for (String field : new String[]{"summary", "description", "location", "conferenceData"}) {
            changed |= !before.path(field).equals(after.path(field));
        }
        changed |= after.path("guestsCanSeeOtherGuests").asBoolean(true) && (!added.isEmpty() || !removed.isEmpty());
        if (changed) {
            sendTo(after, kept, sendUpdates, Invitation.Kind.UPDATED);
        }
    }

    private static boolean sameTime(JsonNode a, JsonNode b) {
        return parseTime(a.path("dateTime").asText(), "time").toInstant().equals(parseTime(b.path("dateTime").asText(), "time").toInstant())
                && a.path("timeZone").asText("").equals(b.path("timeZone").asText(""));
    }

    private static boolean hasAttendee(JsonNode event, String email) {
        for (JsonNode attendee : event.path("attendees")) {
            if (attendee.path("email").asText().equalsIgnoreCase(email)) {
                return true;
            }
        }
        return false;
    }

    private void sendTo(ObjectNode event, Iterable<JsonNode> recipients, String sendUpdates, Invitation.Kind kind) {
        if (!"all".equals(sendUpdates) && !"externalOnly".equals(sendUpdates)) {
            return;
        }
        boolean guestsSeeEachOther = event.path("guestsCanSeeOtherGuests").asBoolean(true);
        for (JsonNode attendee : recipients) {
            ObjectNode seen = event.deepCopy();
            seen.remove("extendedProperties"); // private properties stay on the organizer's copy
            if (!guestsSeeEachOther) {
                seen.putArray("attendees").add(attendee.deepCopy());
            }
            sent.add(new Invitation(attendee.path("email").asText(), kind, Instant.now(), seen));
        }
    }

    /** Guests need domain-wide delegation, as Google refuses a plain service account any attendee. */
    private static void requireMayInvite(JsonNode body, Caller caller) {
        if (!caller.delegated() && body.path("attendees").size() > 0) {
            throw new SandboxError(403, "forbiddenForServiceAccounts",
                    "Service accounts cannot invite attendees without Domain-Wide Delegation of Authority.");
        }
    }

    private void copyWritableFields(ObjectNode from, ObjectNode to) {
        for (String field : COPIED_FIELDS) {
            if (from.has(field)) {
                to.set(field, from.get(field).deepCopy());
            }
        }
        for (JsonNode attendee : to.path("attendees")) {
            if (!attendee.has("responseStatus")) {
                ((ObjectNode) attendee).put("responseStatus", "needsAction");
            }
            if (!attendee.hasNonNull("email") || !attendee.get("email").asText().contains("@")) {
                throw SandboxError.invalid("Invalid attendee email.");
            }
        }
    }

    private void requireTimes(JsonNode event) {
        OffsetDateTime start = time(event.path("start"), "start");
        OffsetDateTime end = time(event.path("end"), "end");
        if (!end.isAfter(start)) {
            throw new SandboxError(400, "timeRangeEmpty", "The specified time range is empty.");
        }
    }

    private static OffsetDateTime time(JsonNode node, String which) {
        String value = node.path("dateTime").asText(null);
        if (value == null) {
            throw new SandboxError(400, "required", "Missing " + which + " time.");
        }
        return parseTime(value, which);
    }

    private static OffsetDateTime parseTime(String value, String which) {
        try {
            return OffsetDateTime.parse(value);
        } catch (RuntimeException e) {
            throw SandboxError.invalid("Invalid " + which + " time.");
        }
    }

    private StoredEvent find(String eventId) {
        StoredEvent stored = events.get(eventId);
        if (stored == null) {
            throw SandboxError.notFound();
        }
        return stored;
    }

    private static void requireNotCancelled(StoredEvent stored) {
        if ("cancelled".equals(stored.event.path("status").asText())) {
            throw new SandboxError(410, "deleted", "Resource has been deleted");
        }
    }

    private void requireCalendar(String calendarId) {
        if (!isOrganizers(calendarId)) {
            throw SandboxError.notFound();
        }
    }

    /** Whether this id names the sandbox's one calendar, the organizer's. */
    boolean isOrganizers(String calendarId) {
        return calendarId.equals("primary") || calendarId.equalsIgnoreCase(organizer);
    }

    private static boolean hasPrivateProperty(ObjectNode event, String filter) {
        int eq = filter.indexOf('=');
        if (eq < 0) {
            return false;
        }
        return filter.substring(eq + 1)
                .equals(event.path("extendedProperties").path("private").path(filter.substring(0, eq)).asText(null));
    }

    private static void touch(ObjectNode event) {
        event.put("updated", Instant.now().toString());
        event.put("etag", "\"" + System.nanoTime() + "\"");
    }
}
