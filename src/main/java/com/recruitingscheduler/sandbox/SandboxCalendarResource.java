package com.recruitingscheduler.sandbox;

import jakarta.annotation.security.PermitAll;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Calendar API v3 over HTTP, as far as this app uses it: the generated Google client talks to this exactly as it
 * talks to Google (gzip-compressed bodies, bearer tokens, PATCH sent as POST with X-HTTP-Method-Override).
 */
@PermitAll // the sandbox stands in for Google and is only served where it is enabled
@Path("/sandbox/calendar/v3")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class SandboxCalendarResource {

    private final SandboxCalendar calendar;
    private final ObjectMapper json;

    @Context
    UriInfo uriInfo;

    SandboxCalendarResource(SandboxCalendar calendar, ObjectMapper json) {
        this.calendar = calendar;
        this.json = json;
    }

    @GET
    @Path("/calendars/{calendarId}")
    public ObjectNode getCalendar(@PathParam("calendarId") String calendarId) {
        return calendar.calendar(calendarId);
    }

    @GET
    @Path("/users/me/calendarList/{calendarId}")
    public ObjectNode getCalendarListEntry(@PathParam("calendarId") String calendarId) {
        return calendar.calendar(calendarId).put("kind", "calendar#calendarListEntry").put("accessRole", "owner");
    }

    @POST
    @Path("/calendars/{calendarId}/events")
    public ObjectNode insert(@PathParam("calendarId") String calendarId, String body,
                             @QueryParam("conferenceDataVersion") @DefaultValue("0") int conferenceDataVersion,
                             @QueryParam("sendUpdates") String sendUpdates) {
        return calendar.insert(calendarId, parse(body), conferenceDataVersion, sendUpdates, baseUri());
    }

    @GET
    @Path("/calendars/{calendarId}/events")
    public ObjectNode list(@PathParam("calendarId") String calendarId,
                           @QueryParam("showDeleted") @DefaultValue("false") boolean showDeleted,
                           @QueryParam("privateExtendedProperty") String privateExtendedProperty,
                           @QueryParam("timeMin") String timeMin) {
        return calendar.list(calendarId, showDeleted, privateExtendedProperty, timeMin, baseUri());
    }

    @GET
    @Path("/calendars/{calendarId}/events/{eventId}")
    public ObjectNode get(@PathParam("calendarId") String calendarId, @PathParam("eventId") String eventId) {
        return calendar.get(calendarId, eventId, baseUri());
    }

    @PATCH
    @Path("/calendars/{calendarId}/events/{eventId}")
    public ObjectNode patch(@PathParam("calendarId") String calendarId, @PathParam("eventId") String eventId, String body,
                            @QueryParam("conferenceDataVersion") @DefaultValue("0") int conferenceDataVersion,
                            @QueryParam("sendUpdates") String sendUpdates) {
        return calendar.patch(calendarId, eventId, parse(body), conferenceDataVersion, sendUpdates, baseUri());
    }

    /** The Java client sends PATCH as POST with {@code X-HTTP-Method-Override: PATCH} (HttpURLConnection has no PATCH). */
    @POST
    @Path("/calendars/{calendarId}/events/{eventId}")
    public ObjectNode overriddenPatch(@PathParam("calendarId") String calendarId, @PathParam("eventId") String eventId,
                                      String body, @HeaderParam("X-HTTP-Method-Override") String override,
                                      @QueryParam("conferenceDataVersion") @DefaultValue("0") int conferenceDataVersion,
                                      @QueryParam("sendUpdates") String sendUpdates) {
        if (!"PATCH".equalsIgnoreCase(override)) {
            throw new SandboxError(405, "methodNotAllowed", "Method Not Allowed");
        }
        return patch(calendarId, eventId, body, conferenceDataVersion, sendUpdates);
    }

    @PUT
    @Path("/calendars/{calendarId}/events/{eventId}")
    public ObjectNode update(@PathParam("calendarId") String calendarId, @PathParam("eventId") String eventId, String body,
                             @QueryParam("conferenceDataVersion") @DefaultValue("0") int conferenceDataVersion,
                             @QueryParam("sendUpdates") String sendUpdates) {
        return calendar.update(calendarId, eventId, parse(body), conferenceDataVersion, sendUpdates, baseUri());
    }

    @DELETE
    @Path("/calendars/{calendarId}/events/{eventId}")
    public Response delete(@PathParam("calendarId") String calendarId, @PathParam("eventId") String eventId,
                           @QueryParam("sendUpdates") String sendUpdates) {
        calendar.delete(calendarId, eventId, sendUpdates);
        return Response.noContent().build();
    }

    @ServerExceptionMapper
    Response googleError(SandboxError error) {
        return googleError(json, error.status, error.reason, error.getMessage());
    }

    static Response googleError(ObjectMapper json, int status, String reason, String message) {
        ObjectNode body = json.createObjectNode();
        ObjectNode error = body.putObject("error").put("code", status).put("message", message);
        error.putArray("errors").addObject().put("domain", "global").put("reason", reason).put("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    private ObjectNode parse(String body) {
        try {
            JsonNode node = json.readTree(body == null ? "" : body);
            if (node == null || !node.isObject()) {
                throw new SandboxError(400, "parseError", "This API does not support parsing form-encoded input.");
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new SandboxError(400, "parseError", "Parse Error");
        }
    }

    /** This app's own address, for the icons and event links the sandbox hands out. */
    private String baseUri() {
        return uriInfo.getBaseUri().resolve("/").toString();
    }
}
