package com.recruitingscheduler.candidate;

import com.recruitingscheduler.availability.AvailabilityService;
import com.recruitingscheduler.input.InputRules;
import com.recruitingscheduler.interview.CandidateActions;
import com.recruitingscheduler.interview.ConflictException;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.interview.InterviewNotFoundException;
import com.recruitingscheduler.interview.InterviewStateException;
import com.recruitingscheduler.interview.InvalidInterviewException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The candidate's own page, on the link the recruiter sent: no sign-in, phone-first. It offers free times in the
 * candidate's zone (or another they pick), books the one chosen through the normal flow, and later lets them move
 * or cancel. It names nobody but the candidate's own interview: never an interviewer.
 */
@Path("/schedule/{token}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class CandidatePage {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final int MAX_REASON = 500;
    private static final Duration MOVE_HORIZON = Duration.ofDays(14);

    /** A time offered: the value posted and how the candidate reads it. */
    public record Offer(Instant start, String label) {
    }

    /** Everything the page shows. */
    public record View(String token, String title, int minutes, String zone, boolean awaiting, boolean cancelled,
                       String booked, List<Offer> offers, String whyNoMove, String problem, String notice) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(View view);

        static native TemplateInstance gone();

        static native TemplateInstance slowDown(long seconds);
    }

    private final CandidateActions candidates;
    private final AvailabilityService availability;
    private final LinkThrottle throttle;

    CandidatePage(CandidateActions candidates, AvailabilityService availability, LinkThrottle throttle) {
        this.candidates = candidates;
        this.availability = availability;
        this.throttle = throttle;
    }

    @GET
    public Response show(@PathParam("token") String token, @QueryParam("zone") String zone, @QueryParam("done") String done,
                         RoutingContext routing) {
        Response slow = throttled(routing);
        if (slow != null) {
            return slow;
        }
        Interview interview = candidates.find(token);
        String notice = switch (done == null ? "" : done) {
            case "booked" -> "Booked. Your invitation, with the link to join the video call, comes by e-mail.";
            case "moved" -> "Moved. An updated invitation comes by e-mail; the video call stays the same.";
            case "cancelled" -> "Cancelled. Thank you for letting us know.";
            default -> null;
        };
        return page(200, interview, zone(zone), null, notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@PathParam("token") String token, @RestForm String start, @RestForm String zone,
                           RoutingContext routing) {
        return act(token, zone, routing, () -> candidates.choose(token, instant(start)), "booked");
    }

    @POST
    @Path("/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("token") String token, @RestForm String start, @RestForm String zone, RoutingContext routing) {
        return act(token, zone, routing, () -> candidates.move(token, instant(start)), "moved");
    }

    /** Does what the candidate chose; a time gone or not offered, or a move not allowed, brings the page back saying so. */
    private Response act(String token, String zone, RoutingContext routing, Runnable action, String done) {
        Response slow = throttled(routing);
        if (slow != null) {
            return slow;
        }
        try {
            action.run();
            return Response.seeOther(URI.create("/schedule/" + token + "?done=" + done)).build();
        } catch (ConflictException e) {
            return page(409, candidates.find(token), zone(zone), "Sorry, that time was just taken. Please choose another.", null);
        } catch (InvalidInterviewException e) {
            return page(400, candidates.find(token), zone(zone), "Please choose one of the times below.", null);
        } catch (InterviewStateException e) {
            return page(409, candidates.find(token), zone(zone), e.getMessage(), null);
        }
    }

    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("token") String token, @RestForm String reason, RoutingContext routing) {
        Response slow = throttled(routing);
        if (slow != null) {
            return slow;
        }
        if (reason != null && (reason.length() > MAX_REASON || InputRules.hasControlCharacters(reason, true))) {
            return page(400, candidates.find(token), null, "Please keep the reason to " + MAX_REASON + " characters of plain text.", null);
        }
        candidates.cancel(token, reason);
        return Response.seeOther(URI.create("/schedule/" + token + "?done=cancelled")).build();
    }

    private Response page(int status, Interview interview, ZoneId shown, String problem, String notice) {
        ZoneId zone = shown != null ? shown : ZoneId.of(interview.candidateTimeZone);
        List<Offer> offers = List.of();
        String whyNoMove = null;
        if (interview.isAwaitingCandidate()) {
            offers = offers(interview, interview.chooseFrom, interview.chooseTo, interview.chooseOptions, zone);
        } else if (!interview.isCancelled()) {
            whyNoMove = candidates.whyNoMove(interview);
            if (whyNoMove == null) {
                Instant from = candidates.earliestMove();
                offers = offers(interview, from, from.plus(MOVE_HORIZON), 6, zone).stream()
                        .filter(o -> !o.start().equals(interview.start)).toList();
            }
        }
        String booked = interview.start == null ? null : label(interview.start, interview.durationMinutes, zone);
        View view = new View(interview.schedulingToken, interview.title, interview.durationMinutes, zone.getId(),
                interview.isAwaitingCandidate(), interview.isCancelled(), booked, offers, whyNoMove, problem, notice);
        return Response.status(status).entity(Templates.page(view)).header("X-Robots-Tag", "noindex, nofollow")
                .header("Cache-Control", "no-store").build();
    }

    private List<Offer> offers(Interview interview, Instant from, Instant to, int count, ZoneId zone) {
        List<AvailabilityService.Seat> panel = interview.interviewers.stream()
                .map(i -> new AvailabilityService.Seat(i.name, i.email)).toList();
        AvailabilityService.Found found = availability.find(new AvailabilityService.Search(panel, null,
                interview.candidateEmail, ZoneId.of(interview.candidateTimeZone), interview.durationMinutes, from, to, count));
        return found.slots().stream().map(s -> new Offer(s.start(), label(s.start(), interview.durationMinutes, zone))).toList();
    }

    private static String label(Instant start, int minutes, ZoneId zone) {
        return DAY_AND_TIME.format(start.atZone(zone)) + "–" + TIME.format(start.plusSeconds(minutes * 60L).atZone(zone));
    }

    private static ZoneId zone(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : ZoneId.of(typed.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Instant instant(String typed) {
        try {
            return typed == null ? null : Instant.parse(typed.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Response throttled(RoutingContext routing) {
        Duration wait = throttle.take(routing.request().remoteAddress().hostAddress());
        if (wait.isZero()) {
            return null;
        }
        long seconds = Math.max(1, wait.toSeconds());
        return Response.status(429).header("Retry-After", seconds).entity(Templates.slowDown(seconds)).build();
    }

    /** A wrong or expired link: a friendly page that says nothing about why. */
    @ServerExceptionMapper
    Response gone(InterviewNotFoundException e) {
        return Response.status(404).type(MediaType.TEXT_HTML).header("X-Robots-Tag", "noindex, nofollow")
                .entity(Templates.gone()).build();
    }
}
