package com.recruitingscheduler.directory.api;

import com.recruitingscheduler.account.Roles;
import com.recruitingscheduler.directory.Directory;
import com.recruitingscheduler.directory.InterviewerProfile;
import com.recruitingscheduler.directory.Person;
import com.recruitingscheduler.directory.Pool;
import com.recruitingscheduler.directory.WorkingHours;
import com.recruitingscheduler.input.InputRules;
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
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The interviewer directory for applicant-tracking systems: {@code GET /api/interviewers}, and
 * {@code GET/PUT/DELETE /api/interviewers/{email}}. What an entry leaves out takes the defaults.
 */
@Path("/api/interviewers")
@RolesAllowed(Roles.API)
@Produces(MediaType.APPLICATION_JSON)
public class InterviewerDirectoryApi {

    /** An interviewer as the API shows them, every value in effect (the directory's, else the default). */
    public record InterviewerJson(String email, String name, String timeZone, List<WindowJson> workingHours, int dailyLimit,
                                  int weeklyLimit, List<String> pools, boolean trainee, boolean listed) {
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
    public List<InterviewerJson> list() {
        return QuarkusTransaction.requiringNew().call(() -> InterviewerProfile.<InterviewerProfile>list("order by email")
                .stream().map(p -> json(p.email, p.name)).toList());
    }

    @GET
    @Path("/{email}")
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
    public Response put(@PathParam("email") String email, InterviewerBody body) {
        List<FieldProblem> problems = problems(email, body);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String key = Directory.key(email);
        boolean created = QuarkusTransaction.requiringNew().call(() -> {
            InterviewerProfile profile = InterviewerProfile.findById(key);
            boolean isNew = profile == null;
            if (isNew) {
                profile = new InterviewerProfile();
                profile.email = key;
            }
            profile.name = body.name().strip();
            profile.timeZone = body.timeZone();
            profile.workingHours = directory.workingHoursJson(body.workingHours() == null ? null : body.workingHours().stream()
                    .map(w -> new WorkingHours.Window(Set.copyOf(w.days()), w.start(), w.end())).toList());
            profile.dailyLimit = body.dailyLimit();
            profile.weeklyLimit = body.weeklyLimit();
            profile.trainee = Boolean.TRUE.equals(body.trainee());
            profile.updatedAt = Instant.now();
            profile.persist();
            if (body.pools() != null) {
                for (Pool pool : Pool.<Pool>listAll()) {
                    pool.members.removeIf(m -> m.email.equals(key));
                    if (body.pools().contains(pool.name)) {
                        pool.members.add(new Pool.Member(profile.name, key));
                    }
                }
            }
            return isNew;
        });
        return Response.status(created ? 201 : 200).entity(json(key, body.name().strip())).build();
    }

    @DELETE
    @Path("/{email}")
    public Response delete(@PathParam("email") String email) {
        String key = Directory.key(email);
        boolean deleted = QuarkusTransaction.requiringNew().call(() -> InterviewerProfile.deleteById(key));
        return deleted ? Response.noContent().build()
                : Problem.response(404, "Not in the directory", email + " is not in the directory.");
    }

    private InterviewerJson json(String email, String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = directory.person(email, name);
            InterviewerProfile profile = InterviewerProfile.findById(email);
            List<WindowJson> hours = directory.workingHours(profile).windows().stream()
                    .map(w -> new WindowJson(w.days().stream().sorted().toList(), w.start(), w.end())).toList();
            return new InterviewerJson(person.email(), person.name(), person.zone().getId(), hours, person.dailyLimit(),
                    person.weeklyLimit(), Pool.of(email), person.trainee(), person.listed());
        });
    }

    private static List<FieldProblem> problems(String email, InterviewerBody body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!InputRules.isPlainEmail(email)) {
            problems.add(new FieldProblem("email", "must be a plain e-mail address such as name@example.com"));
        }
        if (body == null) {
            problems.add(new FieldProblem("body", "must be a JSON object with at least a name"));
            return problems;
        }
        if (body.name() == null || body.name().isBlank() || body.name().length() > 200
                || InputRules.hasControlCharacters(body.name(), false)) {
            problems.add(new FieldProblem("name", "must be 1 to 200 characters, without control characters"));
        }
        if (body.timeZone() != null) {
            try {
                ZoneId.of(body.timeZone());
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("timeZone", "is not a known time zone (use a name like Europe/Paris)"));
            }
        }
        if (body.workingHours() != null) {
            for (int i = 0; i < body.workingHours().size(); i++) {
                WindowJson window = body.workingHours().get(i);
                if (window == null || window.days() == null || window.days().isEmpty() || window.start() == null
                        || window.end() == null || !window.start().isBefore(window.end())) {
                    problems.add(new FieldProblem("workingHours[" + i + "]",
                            "needs days and a start before its end, e.g. {\"days\": [\"MONDAY\"], \"start\": \"09:00\", \"end\": \"17:00\"}"));
                }
            }
        }
        if (body.dailyLimit() != null && (body.dailyLimit() < 0 || body.dailyLimit() > 24)) {
            problems.add(new FieldProblem("dailyLimit", "must be between 0 and 24"));
        }
        if (body.weeklyLimit() != null && (body.weeklyLimit() < 0 || body.weeklyLimit() > 100)) {
            problems.add(new FieldProblem("weeklyLimit", "must be between 0 and 100"));
        }
        if (body.pools() != null) {
            List<String> known = QuarkusTransaction.requiringNew().call(() -> Pool.<Pool>listAll().stream().map(p -> p.name).toList());
            body.pools().stream().filter(p -> !known.contains(p)).forEach(p ->
                    problems.add(new FieldProblem("pools", "names no pool called '" + p + "'; create it with POST /api/pools")));
        }
        return problems;
    }

    @ServerExceptionMapper
    Response invalid(InvalidRequestException e) {
        return Problem.invalid(e.problems());
    }
}
