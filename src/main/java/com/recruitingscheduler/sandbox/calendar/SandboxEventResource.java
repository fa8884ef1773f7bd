package com.recruitingscheduler.sandbox.calendar;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.recruitingscheduler.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Where the sandbox's event links ({@code htmlLink}) lead: the event as the organizer's calendar holds it — names,
 * e-mails, notes and the join link — so, as in Google Calendar, only for someone signed in (a recruiter).
 */
@RolesAllowed(Roles.RECRUITER) // only where the sandbox is enabled, and then only for signed-in recruiters
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
