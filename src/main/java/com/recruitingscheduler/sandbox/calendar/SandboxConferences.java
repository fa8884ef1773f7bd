package com.recruitingscheduler.sandbox.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.recruitingscheduler.sandbox.SandboxError;
import com.recruitingscheduler.sandbox.control.SandboxSettings;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The sandbox's conferences, as Google runs them on an event: create requests that are decided at once or stay
 * pending for a while, then end in a signed Meet-style conference or a failure; copies kept only when their signature
 * verifies ({@link ConferenceSigner}); what a client is shown (a broken signature when the settings ask for one).
 * Called by {@link SandboxCalendar}, which holds the events and their lock.
 */
@ApplicationScoped
class SandboxConferences {

    /** What the sandbox keeps to itself about an event's create request. */
    static final class Bookkeeping {
        final Set<String> requestIds = new HashSet<>();
        int pendingReadsLeft;
        Instant pendingUntil;
        boolean willFail;
    }

    private final ObjectMapper json;
    private final ConferenceSigner signer;
    private final SandboxSettings settings;

    SandboxConferences(ObjectMapper json, ConferenceSigner signer, SandboxSettings settings) {
        this.json = json;
        this.signer = signer;
        this.settings = settings;
    }

    /**
     * What a write's {@code conferenceData} does to the event: nothing without {@code conferenceDataVersion=1}; a copy
     * is kept only if its signature verifies; a create request (Google Meet only, and only for a delegated caller)
     * starts pending, decided at once for a share of them.
     */
    void apply(ObjectNode event, Bookkeeping stored, JsonNode data, int conferenceDataVersion, String baseUri, boolean delegated) {
        if (conferenceDataVersion != 1 || data == null || data.isNull()) {
            return; // Google ignores conferenceData unless conferenceDataVersion=1
        }
        if (data.has("entryPoints") && data.path("entryPoints").size() > 0) {
            if (signer.verifies(data)) {
                ObjectNode copy = ((ObjectNode) data).deepCopy();
                copy.remove("createRequest"); // the request belongs to the event that asked
                event.set("conferenceData", copy);
                setHangoutLink(event);
            } else {
                // Google drops a copied conference whose signature does not verify, without an error.
                event.remove("conferenceData");
                event.remove("hangoutLink");
            }
            return;
        }
        JsonNode request = data.path("createRequest");
        if (request.isMissingNode() || request.isNull()) {
            if (data.isEmpty()) {
                event.remove("conferenceData");
                event.remove("hangoutLink");
            }
            return;
        }
        String requestId = request.path("requestId").asText(null);
        String type = request.path("conferenceSolutionKey").path("type").asText(null);
        if (requestId == null || requestId.isBlank()) {
            throw SandboxError.invalid("Invalid conference create request: requestId is required.");
        }
        // Only Google Meet can be created by an API client (add-ons create their own; Hangouts is retired), and only
        // when acting as a user: a service account without domain-wide delegation gets the same answer.
        if (type == null || !type.equals("hangoutsMeet") || !settings.current().allowedSolutionTypes().contains(type)
                || !delegated) {
            throw SandboxError.invalid("Invalid conference type value.");
        }
        if (!stored.requestIds.add(requestId)) {
            return; // a request id seen before is ignored
        }
        SandboxSettings.Values now = settings.current();
        ObjectNode pending = json.createObjectNode();
        ObjectNode createRequest = pending.putObject("createRequest").put("requestId", requestId);
        createRequest.putObject("conferenceSolutionKey").put("type", type);
        createRequest.putObject("status").put("statusCode", "pending");
        event.set("conferenceData", pending);
        event.remove("hangoutLink");
        stored.pendingReadsLeft = now.conferencePendingReads();
        stored.pendingUntil = Instant.now().plus(now.conferencePendingDelay());
        stored.willFail = ThreadLocalRandom.current().nextDouble() < now.conferenceFailureRate();
        boolean atOnce = ThreadLocalRandom.current().nextDouble() < now.conferenceSuccessAtOnceRate();
        if (atOnce || (stored.pendingReadsLeft == 0 && now.conferencePendingDelay().isZero())) {
            decide(event, stored, baseUri);
        }
    }

    /** A read of an event whose create request is pending: it stays so for some reads and some time, then is decided. */
    void resolveOnRead(ObjectNode event, Bookkeeping stored, String baseUri) {
        JsonNode status = event.path("conferenceData").path("createRequest").path("status").path("statusCode");
        if (!"pending".equals(status.asText())) {
            return;
        }
        if (stored.pendingReadsLeft > 0) {
            stored.pendingReadsLeft--;
            return;
        }
        if (Instant.now().isBefore(stored.pendingUntil)) {
            return;
        }
        decide(event, stored, baseUri);
    }

    /** Ends a pending create request: a signed Meet-style conference, or a failure with no entry points. */
    private void decide(ObjectNode event, Bookkeeping stored, String baseUri) {
        ObjectNode data = (ObjectNode) event.get("conferenceData");
        ObjectNode request = (ObjectNode) data.get("createRequest");
        if (stored.willFail) {
            ((ObjectNode) request.get("status")).put("statusCode", "failure");
            return;
        }
        String type = request.path("conferenceSolutionKey").path("type").asText();
        String code = meetCode();
        boolean meet = type.equals("hangoutsMeet");
        ObjectNode solution = data.putObject("conferenceSolution");
        solution.putObject("key").put("type", type);
        solution.put("name", meet ? "Google Meet" : "Sandbox Video");
        solution.put("iconUri", baseUri + (meet ? "icons/meet.svg" : "icons/addon.svg"));
        data.put("conferenceId", code);
        ArrayNode entryPoints = data.putArray("entryPoints");
        String videoUri = meet ? "https://meet.google.com/" + code : "https://video.example.com/join/" + code;
        entryPoints.addObject().put("entryPointType", "video").put("uri", videoUri)
                .put("label", videoUri.substring("https://".length()));
        String number = "+1-555-01" + ThreadLocalRandom.current().nextInt(10, 100);
        String pin = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
        ObjectNode phone = entryPoints.addObject().put("entryPointType", "phone").put("uri", "tel:" + number)
                .put("label", number.replace('-', ' ')).put("pin", pin).put("regionCode", "US");
        phone.putArray("entryPointFeatures").add("toll");
        entryPoints.addObject().put("entryPointType", "more")
                .put("uri", "https://tel.meet/" + code + "?pin=" + pin);
        data.put("notes", settings.current().conferenceNotes());
        if (settings.current().conferenceUnknownField()) {
            // a field Google might add one day, which no client models yet: a copy that drops it no longer verifies
            data.putObject("sandboxFutureField").put("kept", "verbatim").putArray("values").add(1).add(2);
        }
        ((ObjectNode) request.get("status")).put("statusCode", "success");
        data.put("signature", signer.sign(data));
        setHangoutLink(event);
    }

    /** What a client is shown: the stored event, with a broken signature when the settings ask for one. */
    ObjectNode shown(ObjectNode event) {
        ObjectNode copy = event.deepCopy();
        if (settings.current().tamperSignaturesOnRead() && copy.path("conferenceData").has("signature")) {
            String signature = copy.path("conferenceData").path("signature").asText();
            // a different first character, always: base64url signatures begin with any of 64, "x" among them
            char broken = signature.startsWith("x") ? 'y' : 'x';
            ((ObjectNode) copy.get("conferenceData")).put("signature", broken + signature.substring(1));
        }
        return copy;
    }

    private static void setHangoutLink(ObjectNode event) {
        JsonNode data = event.path("conferenceData");
        event.remove("hangoutLink");
        if ("hangoutsMeet".equals(data.path("conferenceSolution").path("key").path("type").asText())) {
            for (JsonNode entryPoint : data.path("entryPoints")) {
                if ("video".equals(entryPoint.path("entryPointType").asText())) {
                    event.put("hangoutLink", entryPoint.path("uri").asText());
                }
            }
        }
    }

    private static String meetCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder();
        for (int part : new int[]{3, 4, 3}) {
            if (!code.isEmpty()) {
                code.append('-');
            }
            for (int i = 0; i < part; i++) {
                code.append((char) ('a' + random.nextInt(26)));
            }
        }
        return code.toString();
    }
}
