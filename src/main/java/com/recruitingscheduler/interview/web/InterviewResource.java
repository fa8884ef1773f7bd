package com.recruitingscheduler.interview.web;

import com.recruitingscheduler.account.Roles;
import com.recruitingscheduler.calendar.CalendarException;
import com.recruitingscheduler.calendar.CalendarGateway;
import com.recruitingscheduler.conference.SolutionType;
import com.recruitingscheduler.availability.AvailabilityService;
import com.recruitingscheduler.candidate.LinkMail;
import com.recruitingscheduler.input.InputRules;
import com.recruitingscheduler.interview.Actor;
import com.recruitingscheduler.interview.Conflict;
import com.recruitingscheduler.interview.ConflictException;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.interview.InterviewNotFoundException;
import com.recruitingscheduler.interview.InterviewService;
import com.recruitingscheduler.interview.InterviewStateException;
import com.recruitingscheduler.interview.InvalidInterviewException;
import com.recruitingscheduler.interview.NewInterview;
import com.recruitingscheduler.interview.NewTime;
import com.recruitingscheduler.interview.StepLogEntry;
import com.recruitingscheduler.web.FieldProblem;
import com.recruitingscheduler.web.FormErrors;
import com.recruitingscheduler.web.PublicUrl;
import com.recruitingscheduler.web.Times;
import org.jboss.resteasy.reactive.RestForm;
import io.quarkus.qute.CheckedTemplate;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The recruiter's pages: the list, the form to schedule, and an interview's detail with its join card. */
@Path("/interviews")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.RECRUITER)
public class InterviewResource {

    /** One page of the list. */
    public record Listing(String when, List<Interview> interviews, int page, int pageCount, long total) {
        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pageCount;
        }

        public int previousPage() {
            return page - 1;
        }

        public int nextPage() {
            return page + 1;
        }

        /** The page number as people count, from 1. */
        public int pageNumber() {
            return page + 1;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Listing listing);

        static native TemplateInstance form(InterviewForm form, FormErrors errors, String calendarProblem, List<String> zones,
                                            List<Conflict> conflicts, List<Suggestion> suggestions, String searched);

        static native TemplateInstance detail(Interview interview, String notice, List<StepLogEntry.Line> history,
                                              String schedulingLink, boolean mailLinks);

        static native TemplateInstance problem(String heading, String message);

        static native TemplateInstance reschedule(Interview interview, RescheduleForm form, FormErrors errors,
                                                  List<Conflict> conflicts);
    }

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    private final InterviewService interviews;
    private final CalendarGateway calendar;
    private final SecurityIdentity identity;
    private final AvailabilityService availability;
    private final LinkMail linkMail;

    InterviewResource(InterviewService interviews, CalendarGateway calendar, SecurityIdentity identity,
                      AvailabilityService availability, LinkMail linkMail) {
        this.interviews = interviews;
        this.calendar = calendar;
        this.identity = identity;
        this.availability = availability;
        this.linkMail = linkMail;
    }

    /** How many times "Find a time" offers, and over how many days from the date typed. */
    private static final int SUGGESTIONS = 12;
    private static final int SEARCH_DAYS = 7;

    /**
     * "Find a time": the form as typed comes back with the earliest times that suit the panel and the candidate,
     * from the date and time typed on, over a week; picking one ({@code pick}) fills the date and time.
     */
    @POST
    @Path("/new/find")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response findATime(@BeanParam InterviewForm form, @RestForm String pick) {
        FormErrors errors = FormErrors.none();
        ZoneId zone = FormValues.zone(form.recruiterTimeZone, errors);
        ZoneId shown = zone == null ? ZoneOffset.UTC : zone;
        if (pick != null && !pick.isBlank()) {
            try {
                ZonedDateTime chosen = Instant.parse(pick.strip()).atZone(shown);
                form.date = chosen.toLocalDate().toString();
                form.time = chosen.toLocalTime().toString();
                return Response.ok(form(form, errors, List.of(), List.of(), "Time filled in: " + Times.describe(chosen)
                        + ". Check the details and schedule.")).build();
            } catch (DateTimeException e) {
                errors.add("start", "pick one of the times offered");
            }
        }
        Integer minutes = FormValues.minutes(form.durationMinutes, errors);
        List<AvailabilityService.Seat> panel = form.rows().stream().filter(r -> InputRules.isPlainEmail(r.email()))
                .map(r -> new AvailabilityService.Seat(r.name(), r.email())).toList();
        if (panel.isEmpty()) {
            errors.add("interviewers", "enter at least one interviewer's e-mail to find a time");
        }
        ZoneId candidateZone = null;
        try {
            candidateZone = form.candidateTimeZone == null || form.candidateTimeZone.isBlank() ? null
                    : ZoneId.of(form.candidateTimeZone.strip());
        } catch (DateTimeException e) {
            errors.add("candidate.timeZone", "is not a known time zone (use a name like America/New_York)");
        }
        if (!errors.isEmpty() || minutes == null || minutes < NewInterview.MIN_MINUTES || minutes > NewInterview.MAX_MINUTES) {
            if (errors.isEmpty()) {
                errors.add("durationMinutes", "must be between " + NewInterview.MIN_MINUTES + " and " + NewInterview.MAX_MINUTES);
            }
            return Response.status(400).entity(form(form, errors, List.of(), List.of(), null)).build();
        }
        Instant from = FormValues.start(form.date, form.time == null || form.time.isBlank() ? "00:00" : form.time, zone,
                FormErrors.none());
        from = from == null || from.isBefore(Instant.now()) ? Instant.now() : from;
        AvailabilityService.Found found = availability.find(new AvailabilityService.Search(panel, null,
                InputRules.isPlainEmail(form.candidateEmail) ? form.candidateEmail : null, candidateZone, minutes, from,
                from.plus(Duration.ofDays(SEARCH_DAYS)), SUGGESTIONS));
        ZoneId candidate = candidateZone;
        List<Suggestion> suggestions = found.slots().stream().map(slot -> new Suggestion(slot.start(),
                Times.describe(slot.start().atZone(shown)), candidate == null ? null : Times.describe(slot.start().atZone(candidate)),
                String.join(", ", slot.interviewers().stream().map(AvailabilityService.Seat::name).toList()))).toList();
        String searched = found.unreadable().isEmpty()
                ? (suggestions.isEmpty() ? "No time in the " + SEARCH_DAYS + " days from " + Times.describe(from.atZone(shown))
                        + " suits everyone. Try a later date." : null)
                : "Could not read the calendar of " + String.join(", ", found.unreadable().keySet())
                        + ": no time can be confirmed for them.";
        return Response.ok(form(form, errors, List.of(), suggestions, searched)).build();
    }

    /** The signed-in recruiter, as the history names them. */
    private Actor actor() {
        return new Actor(identity.getPrincipal().getName());
    }

    @GET
    public TemplateInstance list(@QueryParam("when") @DefaultValue("upcoming") String when,
                                 @QueryParam("page") @DefaultValue("0") int page) {
        boolean past = "past".equals(when);
        int index = Math.min(Math.max(page, 0), Interview.MAX_PAGE);
        var query = past ? Interview.past(index) : Interview.upcoming(index);
        return Templates.list(new Listing(past ? "past" : "upcoming", query.list(), index, query.pageCount(), query.count()));
    }

    @GET
    @Path("/new")
    public TemplateInstance newForm() {
        return form(InterviewForm.blank(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@BeanParam InterviewForm form) {
        FormErrors errors = FormErrors.none();
        NewInterview request = form.toRequest(errors);
        try {
            for (FieldProblem problem : interviews.problemsWith(request)) {
                if (!errors.has(problem.field())) {
                    errors.add(problem.field(), problem.message());
                }
            }
            if (errors.isEmpty()) {
                Interview interview = interviews.schedule(request, actor());
                String notice = interview.isAwaitingCandidate() ? "awaiting" : "scheduling";
                return Response.seeOther(URI.create("/interviews/" + interview.id + "?notice=" + notice)).build();
            }
        } catch (InvalidInterviewException e) {
            e.problems().forEach(p -> errors.add(p.field(), p.message()));
        } catch (ConflictException e) {
            return Response.status(Response.Status.CONFLICT).entity(form(form, errors, e.conflicts())).build();
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(form(form, errors)).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        Interview interview = interviews.get(id);
        return Templates.detail(interview, notice(notice), StepLogEntry.lines(StepLogEntry.history(id)),
                PublicUrl.schedulingLink(interview.schedulingToken), linkMail.isEnabled());
    }

    private static String notice(String notice) {
        return switch (notice == null ? "" : notice) {
            case "link-sent" -> "The link is e-mailed to the candidate.";
            case "awaiting" -> "Send the candidate their link below: they pick one of the free times, and nothing is in Google Calendar until they do.";
            case "scheduling" -> "The interview is stored. The invitations, each with the join link, go out as soon as Google has created the conference.";
            case "cancelled" -> "The interview is cancelled. Both events are being removed, and every guest is told.";
            case "retrying" -> "Trying again with a new conference request.";
            case "moving" -> "Moving both events to the new time; the candidate and the interviewers are told. The video call stays the same.";
            default -> null;
        };
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") UUID id) {
        interviews.cancel(id, actor());
        return Response.seeOther(URI.create("/interviews/" + id + "?notice=cancelled")).build();
    }

    @GET
    @Path("/{id}/reschedule")
    public TemplateInstance rescheduleForm(@PathParam("id") UUID id) {
        Interview interview = interviews.get(id);
        return Templates.reschedule(interview, RescheduleForm.of(interview), FormErrors.none(), List.of());
    }

    @POST
    @Path("/{id}/reschedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reschedule(@PathParam("id") UUID id, @BeanParam RescheduleForm form) {
        FormErrors errors = FormErrors.none();
        NewTime time = form.toNewTime(errors);
        if (errors.isEmpty()) {
            try {
                interviews.reschedule(id, time, actor());
                return Response.seeOther(URI.create("/interviews/" + id + "?notice=moving")).build();
            } catch (InvalidInterviewException e) {
                errors.addAll(e.problems());
            } catch (ConflictException e) {
                return Response.status(Response.Status.CONFLICT)
                        .entity(Templates.reschedule(interviews.get(id), form, errors, e.conflicts())).build();
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.reschedule(interviews.get(id), form, errors, List.of())).build();
    }

    /** E-mails the candidate their link (where mail is set up). */
    @POST
    @Path("/{id}/send-link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendLink(@PathParam("id") UUID id) {
        linkMail.send(id, actor().name());
        return Response.seeOther(URI.create("/interviews/" + id + "?notice=link-sent")).build();
    }

    @POST
    @Path("/{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("id") UUID id) {
        interviews.retry(id, actor());
        return Response.seeOther(URI.create("/interviews/" + id + "?notice=retrying")).build();
    }

    @ServerExceptionMapper
    Response notFound(InterviewNotFoundException e) {
        return Response.status(404).type(MediaType.TEXT_HTML).entity(Templates.problem("Interview not found", e.getMessage())).build();
    }

    @ServerExceptionMapper
    Response notNow(InterviewStateException e) {
        return Response.status(409).type(MediaType.TEXT_HTML).entity(Templates.problem("Not possible now", e.getMessage())).build();
    }

    /** The form, with a warning when the organizer calendar is known not to allow Google Meet (read from cache). */
    private TemplateInstance form(InterviewForm form, FormErrors errors) {
        return form(form, errors, List.of());
    }

    private TemplateInstance form(InterviewForm form, FormErrors errors, List<Conflict> conflicts) {
        return form(form, errors, conflicts, List.of(), null);
    }

    private TemplateInstance form(InterviewForm form, FormErrors errors, List<Conflict> conflicts, List<Suggestion> suggestions,
                                  String searched) {
        String problem = null;
        try {
            if (!calendar.allowedSolutionTypes().contains(SolutionType.HANGOUTS_MEET)) {
                problem = "The organizer calendar does not allow Google Meet conferences, the only kind this app can create: "
                        + "interviews scheduled now will fail until a Workspace admin allows Google Meet.";
            }
        } catch (CalendarException e) {
            problem = "Could not read the organizer calendar's settings just now: " + e.getMessage();
        }
        return Templates.form(form, errors, problem, ZONES, conflicts, suggestions, searched);
    }
}
