package com.recruitingscheduler.sandbox.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.recruitingscheduler.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;

/**
 * Gives people their own calendar in the sandbox, so Google's working hours can be tried without Google:
 * {@code POST {"email": "a@corp.example", "timeZone": "Europe/Berlin", "workingHours": {"workingHoursEnabled": true,
 * "availableTimes": [{"dayOfWeek": "monday", "periodStart": 540, "periodEnd": 1020}]}}} — Google's field names and
 * rules (minutes from the start of the day, the end exclusive; hours cannot be enabled without times);
 * {@code DELETE} forgets everyone's.
 */
@RolesAllowed(Roles.RECRUITER) // only where the sandbox is enabled, and then only for signed-in recruiters
@Path("/sandbox/people")
public class SandboxPeopleResource {

    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private final SandboxPeople people;
    private final ObjectMapper json;

    SandboxPeopleResource(SandboxPeople people, ObjectMapper json) {
        this.people = people;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(JsonNode body) {
        String email = body == null ? "" : body.path("email").asText("");
        if (!email.contains("@")) {
            throw new BadRequestException("email is required");
        }
        String zone = body.path("timeZone").asText("UTC");
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new BadRequestException("timeZone must be a zone such as Europe/Berlin");
        }
        ObjectNode calendar = json.createObjectNode().put("kind", "calendar#calendar").put("etag", "\"sandbox\"")
                .put("id", email).put("summary", email).put("timeZone", zone);
        JsonNode hours = body.path("workingHours");
        if (!hours.isMissingNode() && !hours.isNull()) {
            JsonNode times = hours.path("availableTimes");
            for (JsonNode time : times) {
                int start = time.path("periodStart").asInt(-1);
                int end = time.path("periodEnd").asInt(-1);
                if (!DAYS.contains(time.path("dayOfWeek").asText()) || start < 0 || end <= start || end > 24 * 60) {
                    throw new BadRequestException("each of availableTimes needs a dayOfWeek (monday…sunday) and "
                            + "periodStart < periodEnd, in minutes 0–1440");
                }
            }
            if (hours.path("workingHoursEnabled").asBoolean(false) && times.isEmpty()) {
                throw new BadRequestException("workingHoursEnabled cannot be true when availableTimes is empty");
            }
            calendar.set("workingHours", hours.deepCopy());
        }
        people.put(email, calendar);
        return Response.noContent().build();
    }

    @DELETE
    public Response clear() {
        people.clear();
        return Response.noContent().build();
    }
}
