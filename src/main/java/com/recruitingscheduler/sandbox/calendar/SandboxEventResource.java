package com.recruitingscheduler.sandbox.calendar;

import jakarta.annotation.security.PermitAll;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where the sandbox's event links ({@code htmlLink}) lead: the event as the organizer's calendar holds it. */
@PermitAll // the sandbox stands in for Google and is only served where it is enabled
@Path("/sandbox/events/{eventId}")
public class SandboxEventResource {

    private final SandboxCalendar calendar;

    SandboxEventResource(SandboxCalendar calendar) {
        this.calendar = calendar;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ObjectNode event(@PathParam("eventId") String eventId) {
        return calendar.event(eventId).orElseThrow(NotFoundException::new);
    }
}
