package com.recruitingscheduler.sandbox.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.recruitingscheduler.sandbox.SandboxError;
import com.recruitingscheduler.sandbox.control.SandboxBusy;
import com.recruitingscheduler.sandbox.control.SandboxPeople;
import com.recruitingscheduler.sandbox.oauth.SandboxTokens;
import jakarta.annotation.security.PermitAll;
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
 * talks to Google (gzip-compressed bodies, bearer tokens the sandbox issued, PATCH sent as POST with
 * X-HTTP-Method-Override, errors in Google's JSON format).
 */
@PermitAll // the sandbox checks its own bearer tokens, as Google does; it is only served where it is enabled
@Path("/sandbox/calendar/v3")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class SandboxCalendarResource {

    private final SandboxCalendar calendar;
    private final SandboxFreeBusy freeBusy;
    private final SandboxPeople people;
    private final SandboxBusy ownBusy;
    private final SandboxTokens tokens;
    private final ObjectMapper json;

    @Context
    UriInfo uriInfo;

    @HeaderParam("Authorization")
    String authorization;

    SandboxCalendarResource(SandboxCalendar calendar, SandboxFreeBusy freeBusy, SandboxPeople people, SandboxBusy ownBusy,
                            SandboxTokens tokens, ObjectMapper json) {
        this.calendar = calendar;
        this.freeBusy = freeBusy;
        this.people = people;
        this.ownBusy = ownBusy;
        this.tokens = tokens;
        this.json = json;
    }

    /** The caller behind the bearer token; a token the sandbox did not issue is refused, as Google refuses it. */
    private SandboxCalendar.Caller caller() {
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).trim() : null;
        return tokens.grantOf(token).map(grant -> new SandboxCalendar.Caller(grant.subject()))
                .orElseThrow(() -> new SandboxError(401, "authError", token == null
                        ? "Request is missing required authentication credential. Expected OAuth 2 access token."
                        : "Request had invalid authentication credentials. Expected OAuth 2 access token."));
    }

    @GET
    @Path("/calendars/{calendarId}")
    public ObjectNode getCalendar(@PathParam("calendarId") String calendarId) {
        caller();
        if (calendar.isOrganizers(calendarId)) {
            return calendar.calendar(calendarId);
        }
        // Someone else's own calendar: shown when given through /sandbox/people and readable, else not found.
        if (ownBusy.unreadable(calendarId).isPresent()) {
            throw SandboxError.notFound();
        }
        return people.calendar(calendarId).orElseThrow(SandboxError::notFound);
    }

    @GET
    @Path("/users/me/calendarList/{calendarId}")
    public ObjectNode getCalendarListEntry(@PathParam("calendarId") String calendarId) {
        caller();
        return calendar.calendar(calendarId).put("kind", "calendar#calendarListEntry").put("accessRole", "owner");
    }

    @POST
    @Path("/calendars/{calendarId}/events")
    public ObjectNode insert(@PathParam("calendarId") String calendarId, String body,
                             @QueryParam("conferenceDataVersion") @DefaultValue("0") int conferenceDataVersion,
                             @QueryParam("sendUpdates") String sendUpdates) {
        return calendar.insert(calendarId, parse(body), conferenceDataVersion, sendUpdates, baseUri(), caller());
    }

    @GET
    @Path("/calendars/{calendarId}/events")
    public ObjectNode list(@PathParam("calendarId") String calendarId,
                           @QueryParam("showDeleted") @DefaultValue("false") boolean showDeleted,
                           @QueryParam("privateExtendedProperty") String privateExtendedProperty,
                           @QueryParam("timeMin") String timeMin,
                           @QueryParam("maxResults") @DefaultValue("250") int maxResults,
                           @QueryParam("pageToken") String pageToken) {
        caller();
        return calendar.list(calendarId, showDeleted, privateExtendedProperty, timeMin, maxResults, pageToken, baseUri());
    }

    /** {@code freebusy.query}: busy times of up to 50 calendars (people) between timeMin and timeMax. */
    @POST
    @Path("/freeBusy")
    public ObjectNode freeBusy(String body) {
        caller();
        return freeBusy.query(parse(body));
    }

    @GET
    @Path("/calendars/{calendarId}/events/{eventId}")
    public ObjectNode get(@PathParam("calendarId") String calendarId, @PathParam("eventId") String eventId) {
        caller();
        return calendar.get(calendarId, eventId, baseUri());
    }

    @PATCH
    @Path("/calendars/{calendarId}/events/{eventId}")
    public ObjectNode patch(@PathParam("calendarId") String calendarId, @PathParam("eventId") String eventId, String body,
                            @QueryParam("conferenceDataVersion") @DefaultValue("0") int conferenceDataVersion,
                            @QueryParam("sendUpdates") String sendUpdates) {
        return calendar.patch(calendarId, eventId, parse(body), conferenceDataVersion, sendUpdates, baseUri(), caller());
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
                             @QueryParam("sendUpdates") String sendUpdates, @HeaderParam("If-Match") String ifMatch) {
        return calendar.update(calendarId, eventId, parse(body), conferenceDataVersion, sendUpdates, ifMatch, baseUri(), caller());
    }

    @DELETE
    @Path("/calendars/{calendarId}/events/{eventId}")
    public Response delete(@PathParam("calendarId") String calendarId, @PathParam("eventId") String eventId,
                           @QueryParam("sendUpdates") String sendUpdates) {
        caller();
        calendar.delete(calendarId, eventId, sendUpdates);
        return Response.noContent().build();
    }

    @ServerExceptionMapper
    Response googleError(SandboxError error) {
        return error.response(json);
    }

    /** Whatever else goes wrong here (a bad query parameter, say) is answered as Google answers it too. */
    @ServerExceptionMapper
    Response webError(jakarta.ws.rs.WebApplicationException error) {
        int status = error.getResponse().getStatus();
        return new SandboxError(status, status == 404 ? "notFound" : status == 405 ? "methodNotAllowed" : "invalid",
                error.getMessage()).response(json);
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
