package com.recruitingscheduler.sandbox.control;

import com.recruitingscheduler.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes how the sandbox's "Google" behaves while the app runs: how long conferences stay pending, how many fail,
 * whether signatures arrive broken. {@code PUT} takes any subset of the fields; {@code DELETE} restores the configuration.
 */
@RolesAllowed(Roles.RECRUITER) // only where the sandbox is enabled, and then only for signed-in recruiters
@Path("/sandbox/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxSettingsResource {

    private final SandboxSettings settings;
    private final ObjectMapper json;

    SandboxSettingsResource(SandboxSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @GET
    public ObjectNode get() {
        SandboxSettings.Values v = settings.current();
        ObjectNode node = json.createObjectNode()
                .put("conferencePendingReads", v.conferencePendingReads())
                .put("conferencePendingDelayMillis", v.conferencePendingDelay().toMillis())
                .put("conferenceFailureRate", v.conferenceFailureRate())
                .put("conferenceSuccessAtOnceRate", v.conferenceSuccessAtOnceRate())
                .put("conferenceUnknownField", v.conferenceUnknownField())
                .put("delegationGranted", v.delegationGranted())
                .put("tamperSignaturesOnRead", v.tamperSignaturesOnRead())
                .put("conferenceNotes", v.conferenceNotes())
                .put("latencyMillis", v.faults().latency().toMillis())
                .put("errorRate", v.faults().errorRate())
                .put("quotaExceededRate", v.faults().quotaExceededRate())
                .put("lostResponseRate", v.faults().lostResponseRate());
        v.allowedSolutionTypes().forEach(node.putArray("allowedSolutionTypes")::add);
        return node;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(ObjectNode changes) {
        SandboxSettings.Values v = settings.current();
        try {
            List<String> types = v.allowedSolutionTypes();
            if (changes.has("allowedSolutionTypes")) {
                types = new ArrayList<>();
                for (JsonNode type : changes.get("allowedSolutionTypes")) {
                    types.add(type.asText());
                }
            }
            settings.replace(new SandboxSettings.Values(
                    changes.path("conferencePendingReads").asInt(v.conferencePendingReads()),
                    changes.has("conferencePendingDelayMillis")
                            ? Duration.ofMillis(changes.get("conferencePendingDelayMillis").asLong())
                            : v.conferencePendingDelay(),
                    changes.path("conferenceFailureRate").asDouble(v.conferenceFailureRate()),
                    changes.path("conferenceSuccessAtOnceRate").asDouble(v.conferenceSuccessAtOnceRate()),
                    changes.path("conferenceUnknownField").asBoolean(v.conferenceUnknownField()),
                    changes.path("tamperSignaturesOnRead").asBoolean(v.tamperSignaturesOnRead()),
                    changes.has("conferenceNotes") ? changes.get("conferenceNotes").asText() : v.conferenceNotes(),
                    types,
                    changes.path("delegationGranted").asBoolean(v.delegationGranted()),
                    new SandboxSettings.Faults(
                            changes.has("latencyMillis") ? Duration.ofMillis(changes.get("latencyMillis").asLong()) : v.faults().latency(),
                            changes.path("errorRate").asDouble(v.faults().errorRate()),
                            changes.path("quotaExceededRate").asDouble(v.faults().quotaExceededRate()),
                            changes.path("lostResponseRate").asDouble(v.faults().lostResponseRate()))));
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(json.createObjectNode().put("error", e.getMessage())).build();
        }
        return Response.ok(get()).build();
    }

    @DELETE
    public ObjectNode reset() {
        settings.reset();
        return get();
    }
}
