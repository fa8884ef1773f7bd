package com.recruitingscheduler.sandbox.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.recruitingscheduler.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Gives people busy time in the sandbox, so finding a time can be tried without Google:
 * {@code POST {"email": "a@corp.example", "start": "…Z", "end": "…Z"}} adds a busy period;
 * {@code POST {"email": "a@corp.example", "unreadable": "notFound"}} makes their calendar unreadable;
 * {@code DELETE} forgets both.
 */
@RolesAllowed(Roles.RECRUITER) // only where the sandbox is enabled, and then only for signed-in recruiters
@Path("/sandbox/busy")
public class SandboxBusyResource {

    private final SandboxBusy busy;

    SandboxBusyResource(SandboxBusy busy) {
        this.busy = busy;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(JsonNode body) {
        String email = body == null ? "" : body.path("email").asText("");
        if (!email.contains("@")) {
            throw new BadRequestException("email is required");
        }
        if (body.hasNonNull("unreadable")) {
            busy.makeUnreadable(email, body.path("unreadable").asText());
            return Response.noContent().build();
        }
        try {
            OffsetDateTime start = OffsetDateTime.parse(body.path("start").asText());
            OffsetDateTime end = OffsetDateTime.parse(body.path("end").asText());
            if (!end.isAfter(start)) {
                throw new BadRequestException("end must be after start");
            }
            busy.add(email, start, end);
            return Response.noContent().build();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("start and end must be times such as 2031-03-03T10:00:00Z");
        }
    }

    @DELETE
    public Response clear() {
        busy.clear();
        return Response.noContent().build();
    }
}
