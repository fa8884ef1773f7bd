package com.recruitingscheduler.availability;

import com.recruitingscheduler.api.ApiDescription;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import com.recruitingscheduler.account.Roles;
import com.recruitingscheduler.input.InputRules;
import com.recruitingscheduler.interview.NewInterview;
import com.recruitingscheduler.web.FieldProblem;
import com.recruitingscheduler.web.InvalidRequestException;
import com.recruitingscheduler.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/availability}: the earliest times in a range that suit a panel (named, or drawn from a pool) and a
 * candidate, each with who sits on the panel then.
 */
@APIResponse(responseCode = "401", ref = ApiDescription.UNAUTHORIZED)
@Path("/api/availability")
@RolesAllowed(Roles.API)
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityApi {

    public record PersonJson(String name, String email) {
    }

    public record CandidateJson(String email, String timeZone) {
    }

    public record AvailabilityRequest(List<PersonJson> interviewers, NewInterview.PoolRequest pool, CandidateJson candidate,
                                      Integer durationMinutes, Instant from, Instant to, Integer limit) {
    }

    public record SlotJson(Instant start, Instant end, List<PersonJson> interviewers, PersonJson shadow) {
    }

    public record UnreadableJson(String email, String reason) {
    }

    /** The slots, earliest first; the calendars that could not be read (a named panel then gets no slot). */
    public record AvailabilityJson(List<SlotJson> slots, List<UnreadableJson> unreadable) {
    }

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;

    private final AvailabilityService availability;

    AvailabilityApi(AvailabilityService availability) {
        this.availability = availability;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Find times that suit a panel and a candidate",
            description = "The earliest free times in the range, each with who sits on the panel then.")
    @APIResponse(responseCode = "200", description = "The times, earliest first", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AvailabilityJson.class)))
    @APIResponse(responseCode = "400", ref = ApiDescription.BAD_REQUEST)
    @APIResponse(responseCode = "415", ref = ApiDescription.UNSUPPORTED_MEDIA_TYPE)
    public AvailabilityJson find(AvailabilityRequest request) {
        List<FieldProblem> problems = problems(request);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        CandidateJson candidate = request.candidate();
        AvailabilityService.Found found = availability.find(new AvailabilityService.Search(
                request.interviewers() == null ? null
                        : request.interviewers().stream().map(p -> new AvailabilityService.Seat(p.name(), p.email())).toList(),
                request.pool(), candidate == null ? null : candidate.email(),
                candidate == null || candidate.timeZone() == null ? null : ZoneId.of(candidate.timeZone()),
                request.durationMinutes(), request.from(), request.to(),
                request.limit() == null ? DEFAULT_LIMIT : request.limit()));
        return new AvailabilityJson(found.slots().stream().map(s -> new SlotJson(s.start(), s.end(),
                        s.interviewers().stream().map(AvailabilityApi::json).toList(), s.shadow() == null ? null : json(s.shadow())))
                .toList(),
                found.unreadable().entrySet().stream().map(e -> new UnreadableJson(e.getKey(), e.getValue())).toList());
    }

    private static PersonJson json(AvailabilityService.Seat seat) {
        return new PersonJson(seat.name(), seat.email());
    }

    private static List<FieldProblem> problems(AvailabilityRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request == null) {
            return List.of(new FieldProblem("body", "must be a JSON object"));
        }
        boolean named = request.interviewers() != null && !request.interviewers().isEmpty();
        if (named == (request.pool() != null)) {
            problems.add(new FieldProblem("interviewers", named ? "give either interviewers or a pool, not both"
                    : "must list at least one interviewer, or give a pool"));
        }
        if (named) {
            if (request.interviewers().size() > NewInterview.MAX_PANEL) {
                problems.add(new FieldProblem("interviewers", "can list at most " + NewInterview.MAX_PANEL + " interviewers"));
            }
            for (int i = 0; i < request.interviewers().size(); i++) {
                PersonJson person = request.interviewers().get(i);
                if (person == null || !InputRules.isPlainEmail(person.email())) {
                    problems.add(new FieldProblem("interviewers[" + i + "].email", "must be a plain e-mail address such as name@example.com"));
                }
            }
        }
        if (request.pool() != null && (request.pool().name() == null || request.pool().count() == null
                || request.pool().count() < 1 || request.pool().count() > NewInterview.MAX_PANEL)) {
            problems.add(new FieldProblem("pool", "needs a name and a count from 1 to " + NewInterview.MAX_PANEL));
        }
        if (request.candidate() != null) {
            if (request.candidate().email() != null && !InputRules.isPlainEmail(request.candidate().email())) {
                problems.add(new FieldProblem("candidate.email", "must be a plain e-mail address such as name@example.com"));
            }
            if (request.candidate().timeZone() != null) {
                try {
                    ZoneId.of(request.candidate().timeZone());
                } catch (RuntimeException e) {
                    problems.add(new FieldProblem("candidate.timeZone", "is not a known time zone (use a name like America/New_York)"));
                }
            }
        }
        if (request.durationMinutes() == null || request.durationMinutes() < NewInterview.MIN_MINUTES
                || request.durationMinutes() > NewInterview.MAX_MINUTES) {
            problems.add(new FieldProblem("durationMinutes", "must be between " + NewInterview.MIN_MINUTES + " and "
                    + NewInterview.MAX_MINUTES));
        }
        if (request.from() == null) {
            problems.add(new FieldProblem("from", "must be a time such as 2031-03-03T00:00:00Z"));
        }
        if (request.to() == null) {
            problems.add(new FieldProblem("to", "must be a time such as 2031-03-08T00:00:00Z"));
        }
        if (request.from() != null && request.to() != null) {
            if (!request.to().isAfter(request.from())) {
                problems.add(new FieldProblem("to", "must be after from"));
            } else if (Duration.between(request.from(), request.to()).compareTo(AvailabilityService.MAX_RANGE) > 0) {
                problems.add(new FieldProblem("to", "must be at most " + AvailabilityService.MAX_RANGE.toDays() + " days after from"));
            }
        }
        if (request.limit() != null && (request.limit() < 1 || request.limit() > MAX_LIMIT)) {
            problems.add(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT));
        }
        return problems;
    }

    @ServerExceptionMapper
    Response invalid(InvalidRequestException e) {
        return Problem.invalid(e.problems());
    }

}
