package com.recruitingscheduler.interview.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.recruitingscheduler.account.Roles;
import com.recruitingscheduler.calendar.CalendarException;
import com.recruitingscheduler.interview.Conflict;
import com.recruitingscheduler.interview.ConflictException;
import com.recruitingscheduler.interview.IdempotencyConflictException;
import com.recruitingscheduler.interview.LinkMail;
import com.recruitingscheduler.interview.Actor;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.interview.InterviewNotFoundException;
import com.recruitingscheduler.interview.InterviewService;
import com.recruitingscheduler.interview.InterviewStateException;
import com.recruitingscheduler.interview.InvalidInterviewException;
import com.recruitingscheduler.interview.NewInterview;
import com.recruitingscheduler.interview.InterviewChanges;
import com.recruitingscheduler.interview.StepLogEntry;
import com.recruitingscheduler.interview.listing.Cursor;
import com.recruitingscheduler.interview.listing.InterviewListing;
import com.recruitingscheduler.interview.listing.ListFilter;
import com.recruitingscheduler.interview.listing.ListRequest;
import com.recruitingscheduler.interview.listing.ListRow;
import com.recruitingscheduler.web.FieldProblem;
import com.recruitingscheduler.web.InvalidRequestException;
import com.recruitingscheduler.api.ApiDescription;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import com.recruitingscheduler.web.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The JSON API for applicant-tracking systems. Errors are RFC 9457 problem bodies naming each bad field.
 */
@Path("/api/interviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.API)
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
public class InterviewApi {

    /**
     * A page of interviews. {@code next}: this list's next page (every filter kept), null on the last;
     * {@code total}: how many the filters list — exact when {@code totalIsExact}, else PostgreSQL's estimate.
     */
    public record InterviewPage(List<InterviewJson> items, String next, long total, boolean totalIsExact) {
    }

    /** Rows per page unless {@code limit} says otherwise. */
    static final int PAGE_SIZE = 50;

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final InterviewService interviews;
    private final SecurityIdentity identity;
    private final LinkMail linkMail;
    private final InterviewListing listing;
    private final ObjectReader strictReader;
    private final ObjectReader changesReader;

    InterviewApi(InterviewService interviews, ObjectMapper json, SecurityIdentity identity, LinkMail linkMail,
                 InterviewListing listing) {
        this.interviews = interviews;
        this.listing = listing;
        this.identity = identity;
        this.linkMail = linkMail;
        // Wrong JSON types are errors, not guesses: "45" is not a number and 4.5 is not a whole number.
        ObjectMapper strict = json.copy();
        strict.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        this.strictReader = strict.readerFor(NewInterview.class)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.changesReader = strictReader.forType(InterviewChanges.class);
    }

    /** The API key, as the history names it ({@code api-key:<name>}). */
    private Actor actor() {
        return new Actor(identity.getPrincipal().getName());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule an interview",
            description = "Accepted at once; the events, the conference and the invitations follow in the background "
                    + "(watch `status` go from SCHEDULING to SCHEDULED). With `candidateChooses` instead of `start`, the "
                    + "candidate picks the time on their own link (`status` AWAITING_CANDIDATE).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewInterview.class)))
    @APIResponse(responseCode = "202", description = "Accepted: the interview as stored, to be scheduled.",
            headers = {@Header(name = "Location", description = "The interview's path", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Idempotent-Replayed", description = "true when this answers an earlier request with the same Idempotency-Key",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "409", description = "The time does not suit everyone; `conflicts` names each person and why. "
            + "Send `\"allowConflicts\": true` to schedule anyway.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ConflictProblem.class)))
    @APIResponse(responseCode = "415", ref = ApiDescription.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before for a different request.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", ref = ApiDescription.CALENDAR_UNAVAILABLE)
    public Response schedule(@Parameter(hidden = true) String body,
                             @Parameter(description = "Any string of 1-255 visible ASCII characters; a retry with the same key "
                                     + "and body answers the first request's interview instead of scheduling again")
                             @HeaderParam("Idempotency-Key") String idempotencyKey) {
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidInterviewException(List.of(new FieldProblem("Idempotency-Key",
                    "must be 1 to 255 visible ASCII characters")));
        }
        NewInterview request = parse(body, strictReader);
        InterviewService.Scheduled scheduled = interviews.schedule(request, idempotencyKey, actor());
        Interview interview = scheduled.interview();
        return Response.accepted(InterviewJson.of(interviews.get(interview.id)))
                // as the contract states it: a path, not made absolute (JAX-RS' location() would add scheme and host)
                .header("Location", "/api/interviews/" + interview.id)
                .header("Idempotent-Replayed", scheduled.replayed() ? "true" : null)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an interview")
    @APIResponse(responseCode = "200", description = "The interview",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewJson.class)))
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    public InterviewJson get(@PathParam("id") UUID id) {
        return InterviewJson.of(interviews.get(id));
    }

    /** One step of an interview's background work, for operators and integrations. */
    public record StepJson(java.time.Instant at, String step, String outcome, String detail, java.time.Instant nextAt,
                           String worker, String actor) {
    }

    /** What the background work did for this interview, oldest first. */
    @GET
    @Path("/{id}/history")
    @Operation(summary = "An interview's history")
    @APIResponse(responseCode = "200", description = "Each step and action, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = StepJson.class)))
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    public List<StepJson> history(@PathParam("id") UUID id) {
        interviews.get(id);
        return StepLogEntry.history(id).stream()
                .map(e -> new StepJson(e.at, e.name(), e.outcome.name(), e.detail, e.nextAt, e.worker, e.actor))
                .toList();
    }

    @GET
    @Operation(summary = "List interviews",
            description = "Interviews, searched and filtered, a page at a time: follow `next` (also sent as a `Link` "
                    + "header) until it is null. Without `updatedSince` the list is in start order (a candidate still "
                    + "choosing sits at the end of their window), latest first for `when=past`; cancelled interviews "
                    + "are left out unless `status` asks for them. With `updatedSince` it is in the order of change and "
                    + "includes every status: for incremental sync, pass the `updatedAt` of the last item you stored "
                    + "minus a minute (rows still being committed when you read can carry an earlier time) and skip "
                    + "items whose `updatedAt` you already have.")
    @APIResponse(responseCode = "200", description = "A page of interviews",
            headers = @Header(name = "Link", description = "`<next>; rel=\"next\"` while there is a next page",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewPage.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    public Response list(
            @Parameter(description = "Words that must all appear in the role, the candidate's name or e-mail, or an interviewer's name or e-mail (case-insensitive)")
            @QueryParam("q") String q,
            @Parameter(description = "Statuses to list (repeat or comma-separate): AWAITING_CANDIDATE, SCHEDULING, SCHEDULED, NEEDS_ATTENTION, FAILED, CANCELLED. Default: all but CANCELLED")
            @QueryParam("status") List<String> status,
            @Parameter(description = "upcoming, past or all (default all)")
            @QueryParam("when") String when,
            @Parameter(description = "Start on or after: a date (2026-12-01, UTC) or a date and time with offset")
            @QueryParam("from") String from,
            @Parameter(description = "Start before: a date (included, UTC) or a date and time with offset")
            @QueryParam("to") String to,
            @Parameter(description = "Only interviews changed at or after this date and time (2026-12-01T15:00:00Z)")
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Items per page, 1 to 200 (default 50)")
            @QueryParam("limit") String limit,
            @Parameter(description = "Where the page starts: taken from `next`, never built by hand")
            @QueryParam("cursor") String cursor,
            @Parameter(hidden = true) @QueryParam("page") String oldPage) {
        if (oldPage != null) {
            throw new InvalidInterviewException(List.of(new FieldProblem("page",
                    "is no longer read: pages are followed by cursor; use the list's 'next' link")));
        }
        ListRequest request = new ListRequest(q, status, when, from, to, updatedSince, limit, cursor);
        ListFilter filter;
        Cursor at;
        try {
            filter = request.filter(ZoneOffset.UTC, ListFilter.Window.ALL, PAGE_SIZE);
            at = request.cursor(filter);
        } catch (InvalidRequestException e) {
            throw new InvalidInterviewException(e.problems());
        }
        InterviewListing.Page page = listing.page(filter, at);
        InterviewListing.Total total = listing.total(filter, at, page);
        List<UUID> ids = page.rows().stream().map(ListRow::id).toList();
        Map<UUID, Interview> found = interviews.all(ids).stream().collect(Collectors.toMap(i -> i.id, i -> i));
        List<InterviewJson> items = ids.stream().map(found::get).filter(Objects::nonNull).map(InterviewJson::of).toList();
        String next = page.next() == null ? null : request.link("/api/interviews", page.next());
        return Response.ok(new InterviewPage(items, next, total.count(), total.exact()))
                .header("Link", next == null ? null : "<" + next + ">; rel=\"next\"").build();
    }

    /** Changes any of {@code start}, {@code durationMinutes}, {@code title}, {@code interviewerNotes}, {@code interviewers}. */
    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an interview",
            description = "Any of a new `start`, `durationMinutes`, `title`, `interviewerNotes` (\"\" removes them) and "
                    + "`interviewers` (the whole panel: people left out leave it); what is not sent stays. Both events follow "
                    + "and Google tells each side what it sees change: added interviewers get an invitation, removed ones a "
                    + "cancellation, the candidate hears only of a new time or title (never the notes or the panel). The "
                    + "video call stays. A change to what the interview already is changes nothing and tells no one.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InterviewChanges.class)))
    @APIResponse(responseCode = "200", description = "Already so: nothing changed, no one was told",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewJson.class)))
    @APIResponse(responseCode = "202", description = "Accepted: the interview as changed, the events to follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The change does not suit everyone whose time is new to them "
            + "(`conflicts`; send `\"allowConflicts\": true` to change anyway), or the interview cannot be changed in its "
            + "present state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ConflictProblem.class)))
    @APIResponse(responseCode = "415", ref = ApiDescription.UNSUPPORTED_MEDIA_TYPE)
    public Response change(@PathParam("id") UUID id, @Parameter(hidden = true) String body) {
        boolean changed = interviews.change(id, parse(body, changesReader), actor());
        return Response.status(changed ? 202 : 200).entity(InterviewJson.of(interviews.get(id))).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel an interview", description = "Everyone's events are cancelled and Google tells them.")
    @APIResponse(responseCode = "202", description = "Accepted: the interview, cancelled; the events follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewJson.class)))
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDescription.STATE_CONFLICT)
    public Response cancel(@PathParam("id") UUID id) {
        interviews.cancel(id, actor());
        return Response.accepted(InterviewJson.of(interviews.get(id))).build();
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Try a failed interview again", description = "New events and a new conference request.")
    @APIResponse(responseCode = "202", description = "Accepted: the interview, scheduling again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewJson.class)))
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDescription.STATE_CONFLICT)
    public Response retry(@PathParam("id") UUID id) {
        interviews.retry(id, actor());
        return Response.accepted(InterviewJson.of(interviews.get(id))).build();
    }

    private static <T> T parse(String body, ObjectReader reader) {
        if (body == null || body.isBlank()) {
            throw new InvalidInterviewException(List.of(new FieldProblem("body", "is required: send the interview as JSON")));
        }
        try {
            T request = reader.readValue(body);
            if (request == null) {
                throw new InvalidInterviewException(List.of(new FieldProblem("body", "must be a JSON object")));
            }
            return request;
        } catch (InvalidFormatException e) {
            String expected = e.getTargetType() == Instant.class ? "a date and time like 2026-12-01T15:00:00Z"
                    : "of type " + e.getTargetType().getSimpleName();
            throw new InvalidInterviewException(List.of(new FieldProblem(path(e), "must be " + expected)));
        } catch (MismatchedInputException e) {
            String path = path(e);
            throw new InvalidInterviewException(List.of(new FieldProblem(path.isEmpty() ? "body" : path,
                    path.isEmpty() ? "must be a JSON object" : "has the wrong JSON type")));
        } catch (JsonProcessingException e) {
            String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
            throw new InvalidInterviewException(List.of(new FieldProblem(path.isEmpty() ? "body" : path,
                    path.isEmpty() ? "is not valid JSON" : "is not valid")));
        }
    }

    /** Jackson's location of the bad value, written like the validation paths: {@code interviewers[0].email}. */
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getIndex() >= 0 ? "[" + ref.getIndex() + "]" : "." + ref.getFieldName())
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    /** Where the candidate's link went. */
    public record SentLink(String sentTo) {
    }

    /** E-mails the candidate their link, where mail is set up: {@code 202 {"sentTo": …}}. */
    @POST
    @Path("/{id}/send-link")
    @Operation(summary = "E-mail the candidate their scheduling link")
    @APIResponse(responseCode = "202", description = "Sent: `sentTo` is the candidate's address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SentLink.class)))
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDescription.STATE_CONFLICT)
    public Response sendLink(@PathParam("id") UUID id) {
        interviews.get(id);
        return Response.accepted(new SentLink(linkMail.send(id, actor().name()))).build();
    }

    @ServerExceptionMapper
    Response invalid(InvalidInterviewException e) {
        return Problem.invalid(e.problems());
    }

    @ServerExceptionMapper
    Response reusedKey(IdempotencyConflictException e) {
        return Problem.response(422, "Idempotency-Key reused", e.getMessage());
    }

    @ServerExceptionMapper
    Response notFound(InterviewNotFoundException e) {
        return Problem.response(404, "Interview not found", e.getMessage());
    }

    /** A time that does not suit everyone: the problem body names each person and why. */
    public record ConflictProblem(String type, String title, int status, String detail, List<Conflict> conflicts) {
    }

    @ServerExceptionMapper
    Response conflicts(ConflictException e) {
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(new ConflictProblem("about:blank",
                "Conflicts at this time", 409, e.getMessage() + " Send \"allowConflicts\": true to schedule anyway.",
                e.conflicts())).build();
    }

    @ServerExceptionMapper
    Response conflict(InterviewStateException e) {
        return Problem.response(409, "Not possible now", e.getMessage());
    }

    @ServerExceptionMapper
    Response calendarUnavailable(CalendarException e) {
        return Problem.response(503, "Google Calendar unavailable", e.getMessage());
    }
}
