package com.recruitingscheduler.candidate;

import com.recruitingscheduler.input.InputRules;
import com.recruitingscheduler.interview.CandidateActions;
import com.recruitingscheduler.interview.ConflictException;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.interview.InterviewNotFoundException;
import com.recruitingscheduler.interview.InterviewStateException;
import com.recruitingscheduler.interview.InvalidInterviewException;
import com.recruitingscheduler.interview.PanelCheck;
import com.recruitingscheduler.web.ClientAddress;
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

    /** What the candidate asked for, done with the calendars read for it. */
    @FunctionalInterface
    private interface Action {
        void run(Instant start, PanelCheck.Calendars calendars);
    }

    private final CandidateActions candidates;
    private final LinkOffers links;
    private final LinkThrottle throttle;
    private final ClientAddress clients;

    CandidatePage(CandidateActions candidates, LinkOffers links, LinkThrottle throttle, ClientAddress clients) {
        this.candidates = candidates;
        this.links = links;
        this.throttle = throttle;
        this.clients = clients;
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
        return act(token, start, zone, routing, false, (at, calendars) -> candidates.choose(token, at, calendars), "booked");
    }

    @POST
    @Path("/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("token") String token, @RestForm String start, @RestForm String zone, RoutingContext routing) {
        return act(token, start, zone, routing, true, (at, calendars) -> candidates.move(token, at, calendars), "moved");
    }

    /**
     * Does what the candidate chose, if the link offers that time now: the offers are recomputed here, Google is asked
     * (within the link's budget) before anything is locked, and the booking checks once more under the locks. A time
     * gone or not offered, or a move not allowed, brings the page back saying so.
     */
    private Response act(String token, String typed, String zone, RoutingContext routing, boolean moving, Action action, String done) {
        Response slow = throttled(routing);
        if (slow != null) {
            return slow;
        }
        Interview interview = candidates.find(token);
        Instant start = instant(typed);
        try {
            links.requireOffered(interview, start, moving);
            action.run(start, links.calendarsAt(interview, start));
            return Response.seeOther(URI.create("/schedule/" + token + "?done=" + done)).build();
        } catch (ConflictException e) {
            links.forget(interview);
            return page(409, candidates.find(token), zone(zone), "Sorry, that time was just taken. Please choose another.", null);
        } catch (InvalidInterviewException e) {
            return page(400, candidates.find(token), zone(zone), "Please choose one of the times below.", null);
        } catch (InterviewStateException e) {
            return page(409, candidates.find(token), zone(zone), e.getMessage(), null);
        } catch (LinkBusyException e) {
            return slowDown(e.retryAfter());
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
        String whyNoMove = interview.isAwaitingCandidate() || interview.isCancelled() ? null : candidates.whyNoMove(interview);
        List<Offer> offers;
        try {
            offers = links.offers(interview).stream().map(start -> new Offer(start, label(start, interview.durationMinutes, zone))).toList();
        } catch (LinkBusyException e) {
            return slowDown(e.retryAfter());
        }
        String booked = interview.start == null ? null : label(interview.start, interview.durationMinutes, zone);
        View view = new View(interview.schedulingToken, interview.title, interview.durationMinutes, zone.getId(),
                interview.isAwaitingCandidate(), interview.isCancelled(), booked, offers, whyNoMove, problem, notice);
        return Response.status(status).entity(Templates.page(view)).header("X-Robots-Tag", "noindex, nofollow")
                .header("Cache-Control", "no-store").build();
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

    /** A start as posted (an ISO instant); null when it is none, however it is written. */
    private static Instant instant(String typed) {
        try {
            return typed == null || typed.length() > 40 ? null : Instant.parse(typed.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Response throttled(RoutingContext routing) {
        Duration wait = throttle.take(clients.of(routing));
        return wait.isZero() ? null : slowDown(wait);
    }

    private static Response slowDown(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return Response.status(429).header("Retry-After", seconds).header("Cache-Control", "no-store")
                .entity(Templates.slowDown(seconds)).build();
    }

    /** A wrong or expired link: a friendly page that says nothing about why. */
    @ServerExceptionMapper
    Response gone(InterviewNotFoundException e) {
        return Response.status(404).type(MediaType.TEXT_HTML).header("X-Robots-Tag", "noindex, nofollow")
                .entity(Templates.gone()).build();
    }
}
