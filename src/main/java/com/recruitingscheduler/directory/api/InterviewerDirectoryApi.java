package com.recruitingscheduler.directory.api;

import com.recruitingscheduler.api.ApiDescription;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import com.recruitingscheduler.account.Roles;
import com.recruitingscheduler.directory.Directory;
import com.recruitingscheduler.directory.Entry;
import com.recruitingscheduler.directory.InterviewerProfile;
import com.recruitingscheduler.directory.Person;
import com.recruitingscheduler.directory.Pool;
import com.recruitingscheduler.directory.WorkingHours;
import com.recruitingscheduler.web.FieldProblem;
import com.recruitingscheduler.web.InvalidRequestException;
import com.recruitingscheduler.web.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The interviewer directory for applicant-tracking systems: {@code GET /api/interviewers}, and
 * {@code GET/PUT/DELETE /api/interviewers/{email}}. What an entry leaves out takes the defaults.
 */
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
@Path("/api/interviewers")
@RolesAllowed(Roles.API)
@Produces(MediaType.APPLICATION_JSON)
public class InterviewerDirectoryApi {

    /**
     * An interviewer as the API shows them, every value in effect: the directory's; for the zone and working hours
     * where it has none, their own Google calendar's; else the default. {@code workingHoursFrom}: {@code directory},
     * {@code google} or {@code defaults}.
     */
    public record InterviewerJson(String email, String name, String timeZone, List<WindowJson> workingHours,
                                  String workingHoursFrom, int dailyLimit, int weeklyLimit, List<String> pools,
                                  boolean trainee, boolean listed) {
    }

    /** Days of the week and a span of local time, e.g. {@code {"days": ["MONDAY"], "start": "09:00", "end": "17:00"}}. */
    public record WindowJson(List<DayOfWeek> days, LocalTime start, LocalTime end) {
    }

    /** What {@code PUT} takes; everything but {@code name} may be left out (the default then holds). */
    public record InterviewerBody(String name, String timeZone, List<WindowJson> workingHours, Integer dailyLimit,
                                  Integer weeklyLimit, List<String> pools, Boolean trainee) {
    }

    private final Directory directory;

    InterviewerDirectoryApi(Directory directory) {
        this.directory = directory;
    }

    @GET
    @Operation(summary = "Everyone in the interviewer directory")
    public List<InterviewerJson> list() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, InterviewerProfile> profiles = new LinkedHashMap<>();
            InterviewerProfile.<InterviewerProfile>list("order by email").forEach(p -> profiles.put(p.email, p));
            return json(profiles);
        });
    }

    @GET
    @Path("/{email}")
    @Operation(summary = "One person's entry, every value in effect")
    @APIResponse(responseCode = "200", description = "The entry", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewerJson.class)))
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    public Response get(@PathParam("email") String email) {
        String key = Directory.key(email);
        InterviewerProfile profile = QuarkusTransaction.requiringNew().call(() -> InterviewerProfile.findById(key));
        if (profile == null) {
            return Problem.response(404, "Not in the directory", email + " is not in the directory; the defaults apply "
                    + "to them. PUT /api/interviewers/" + email + " adds them.");
        }
        return Response.ok(json(profile.email, profile.name)).build();
    }

    /** Adds ({@code 201}) or replaces ({@code 200}) a person's entry, and sets which pools they are in. */
    @PUT
    @Path("/{email}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or replace a person's entry", description = "What the body leaves out takes the default.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewerJson.class)))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewerJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "415", ref = ApiDescription.UNSUPPORTED_MEDIA_TYPE)
    public Response put(@PathParam("email") String email, InterviewerBody body) {
        if (body == null) {
            throw new InvalidRequestException(List.of(new FieldProblem("body", "must be a JSON object with at least a name")));
        }
        boolean created = directory.save(email, new Entry(body.name(), body.timeZone(), body.workingHours() == null ? null
                : body.workingHours().stream().map(w -> w == null || w.days() == null ? null
                        : new WorkingHours.Window(Set.copyOf(w.days()), w.start(), w.end())).toList(),
                body.dailyLimit(), body.weeklyLimit(), body.pools(), body.trainee()));
        String key = Directory.key(email);
        return Response.status(created ? 201 : 200).entity(json(key, body.name().strip())).build();
    }

    @DELETE
    @Path("/{email}")
    @Operation(summary = "Remove a person's entry", description = "The defaults apply to them again.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = ApiDescription.NOT_FOUND)
    public Response delete(@PathParam("email") String email) {
        String key = Directory.key(email);
        boolean deleted = QuarkusTransaction.requiringNew().call(() -> InterviewerProfile.deleteById(key));
        return deleted ? Response.noContent().build()
                : Problem.response(404, "Not in the directory", email + " is not in the directory.");
    }

    private InterviewerJson json(String email, String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            InterviewerProfile profile = InterviewerProfile.findById(email);
            Map<String, InterviewerProfile> one = new LinkedHashMap<>();
            one.put(email, profile);
            return json(one).get(0);
        });
    }

    /** These people as the API shows them: their rules in one lookup, their pools in one query. */
    private List<InterviewerJson> json(Map<String, InterviewerProfile> profiles) {
        Map<String, String> names = new LinkedHashMap<>();
        profiles.forEach((email, profile) -> names.put(email, profile == null ? email : profile.name));
        Map<String, Person> people = directory.people(names);
        Map<String, List<String>> pools = Pool.namesByMember();
        return profiles.entrySet().stream().map(entry -> {
            Person person = people.get(entry.getKey());
            List<WindowJson> hours = person.workingHours().windows().stream()
                    .map(w -> new WindowJson(w.days().stream().sorted().toList(), w.start(), w.end())).toList();
            return new InterviewerJson(person.email(), person.name(), person.zone().getId(), hours,
                    person.workingHoursFrom().name().toLowerCase(Locale.ROOT), person.dailyLimit(), person.weeklyLimit(), pools.getOrDefault(entry.getKey(), List.of()), person.trainee(), person.listed());
        }).toList();
    }

    @ServerExceptionMapper
    Response invalid(InvalidRequestException e) {
        return Problem.invalid(e.problems());
    }
}
