package com.recruitingscheduler.interview.web;

import com.recruitingscheduler.account.Roles;
import com.recruitingscheduler.account.TimeZones;
import com.recruitingscheduler.account.Viewer;
import com.recruitingscheduler.directory.Directory;
import com.recruitingscheduler.interview.Conflict;
import com.recruitingscheduler.interview.ConflictException;
import com.recruitingscheduler.interview.InterviewStatus;
import com.recruitingscheduler.interview.listing.Cursor;
import com.recruitingscheduler.interview.listing.InterviewListing;
import com.recruitingscheduler.interview.listing.ListFilter;
import com.recruitingscheduler.interview.listing.ListRequest;
import com.recruitingscheduler.web.InvalidRequestException;
import com.recruitingscheduler.calendar.CalendarException;
import com.recruitingscheduler.calendar.CalendarGateway;
import com.recruitingscheduler.conference.SolutionType;
import com.recruitingscheduler.interview.LinkMail;
import com.recruitingscheduler.input.InputRules;
import com.recruitingscheduler.interview.Actor;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.interview.InterviewNotFoundException;
import com.recruitingscheduler.interview.InterviewService;
import com.recruitingscheduler.interview.InterviewStateException;
import com.recruitingscheduler.interview.InvalidInterviewException;
import com.recruitingscheduler.interview.NewInterview;
import com.recruitingscheduler.interview.PanelCheck;
import com.recruitingscheduler.interview.InterviewChanges;
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
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;

/** The recruiter's pages: the list, the form to schedule, and an interview's detail with its join card. */
@Path("/interviews")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.RECRUITER)
public class InterviewResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView list);

        static native TemplateInstance form(InterviewForm form, FormErrors errors, String calendarProblem, List<String> zones,
                                            List<Conflict> conflicts, List<Suggestion> suggestions, String searched);

        static native TemplateInstance detail(Interview interview, String notice, List<StepLogEntry.Line> history,
                                              String schedulingLink, boolean mailLinks, String candidateSummary);

        static native TemplateInstance problem(String heading, String message);

        static native TemplateInstance reschedule(Interview interview, RescheduleForm form, FormErrors errors,
                                                  List<Conflict> conflicts);

        static native TemplateInstance edit(Interview interview, EditForm form, FormErrors errors, List<Conflict> conflicts);
    }

    /** Rows on a page of the list, and interviews shown in its attention section. */
    static final int PAGE_SIZE = 50;
    static final int ATTENTION_SHOWN = 5;

    private final InterviewService interviews;
    private final CalendarGateway calendar;
    private final SecurityIdentity identity;
    private final PanelCheck availability;
    private final LinkMail linkMail;
    private final InterviewListing listing;
    private final Viewer viewer;
    private final Directory directory;

    InterviewResource(InterviewService interviews, CalendarGateway calendar, SecurityIdentity identity,
                      PanelCheck availability, LinkMail linkMail, InterviewListing listing, Viewer viewer,
                      Directory directory) {
        this.interviews = interviews;
        this.calendar = calendar;
        this.identity = identity;
        this.availability = availability;
        this.linkMail = linkMail;
        this.listing = listing;
        this.viewer = viewer;
        this.directory = directory;
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
        List<NewInterview.Interviewer> panel = form.rows().stream().filter(r -> InputRules.isPlainEmail(r.email()))
                .map(r -> new NewInterview.Interviewer(r.name(), r.email())).toList();
        if (panel.isEmpty()) {
            errors.add("interviewers", "enter at least one interviewer's e-mail to find a time");
        } else if (form.rows().size() > NewInterview.MAX_PANEL) {
            errors.add("interviewers", "can list at most " + NewInterview.MAX_PANEL + " interviewers");
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
        Instant from = form.time == null || form.time.isBlank() ? FormValues.startOfDay(form.date, zone, FormErrors.none(), "start")
                : FormValues.start(form.date, form.time, zone, FormErrors.none());
        from = from == null || from.isBefore(Instant.now()) ? Instant.now() : from;
        PanelCheck.Suggestions found = availability.suggest(panel,
                InputRules.isPlainEmail(form.candidateEmail) ? form.candidateEmail : null, candidateZone, minutes, from,
                from.plus(Duration.ofDays(SEARCH_DAYS)), SUGGESTIONS);
        ZoneId candidate = candidateZone;
        List<Suggestion> suggestions = found.times().stream().map(time -> new Suggestion(time.start(),
                Times.describe(time.start().atZone(shown)), candidate == null ? null : Times.describe(time.start().atZone(candidate)),
                String.join(", ", time.names()))).toList();
        String searched = found.unreadable().isEmpty()
                ? (suggestions.isEmpty() ? "No time in the " + SEARCH_DAYS + " days from " + Times.describe(from.atZone(shown))
                        + " suits everyone. Try a later date." : null)
                : "Could not read the calendar of " + String.join(", ", found.unreadable())
                        + ": no time can be confirmed for them.";
        return Response.ok(form(form, errors, List.of(), suggestions, searched)).build();
    }

    /** The signed-in recruiter, as the history names them. */
    private Actor actor() {
        return new Actor(identity.getPrincipal().getName());
    }

    /**
     * The list: searched ({@code q}), filtered (status, dates), one tab of time ({@code when}), a page of rows from a
     * cursor, in the viewer's time zone. Bad filters are named on the page (400), and nothing is listed.
     */
    @GET
    public Response list(@QueryParam("q") String q, @QueryParam("status") List<String> status,
                         @QueryParam("when") String when, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("cursor") String cursor) {
        ListRequest request = new ListRequest(q, status, when, from, to, null, null, cursor);
        ZoneId zone = viewer.zone().orElseGet(directory::defaultZone);
        ListView.Search search = new ListView.Search(q, request.status().isEmpty() ? "" : request.status().get(0), from, to);
        String tab = "upcoming";
        try {
            ListFilter filter = request.filter(zone, ListFilter.Window.UPCOMING, PAGE_SIZE);
            tab = filter.window().name().toLowerCase(Locale.ROOT);
            Cursor at = request.cursor(filter);
            InterviewListing.Page page = listing.page(filter, at);
            List<ListView.Row> attention = List.of();
            String attentionMore = null;
            if (cursor == null && filter.anyStatus() && filter.window() == ListFilter.Window.UPCOMING) {
                InterviewListing.Page needing = listing.page(filter.attention(ATTENTION_SHOWN), null);
                attention = needing.rows().stream().map(row -> ListView.row(row, zone)).toList();
                attentionMore = needing.next() == null ? null : new ListRequest(q, ATTENTION_STATUSES, "upcoming", from, to,
                        null, null, null).link("/interviews", null);
            }
            return Response.ok(Templates.list(new ListView(tab, zone.getId(), search, ListView.days(page.rows(), zone),
                    attention, attentionMore, ListView.total(listing.total(filter, at, page)), links(request, page), List.of()))).build();
        } catch (InvalidRequestException e) {
            List<String> problems = e.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
            return Response.status(400).entity(Templates.list(new ListView(tab, zone.getId(), search, List.of(), List.of(),
                    null, null, links(request, null), problems))).build();
        }
    }

    private static final List<String> ATTENTION_STATUSES = List.of(InterviewStatus.NEEDS_ATTENTION.name(), InterviewStatus.FAILED.name());

    private static ListView.Links links(ListRequest request, InterviewListing.Page page) {
        String path = "/interviews";
        return new ListView.Links(request.inWindow("upcoming").link(path, null), request.inWindow("past").link(path, null),
                request.inWindow("all").link(path, null), request.link(path, null),
                page == null || page.next() == null ? null : request.link(path, page.next()),
                page == null || page.previous() == null ? null : request.link(path, page.previous()));
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
        return Templates.detail(interview, notice(notice, interview), StepLogEntry.lines(StepLogEntry.history(id)),
                PublicUrl.schedulingLink(interview.schedulingToken), linkMail.isEnabled(), CandidateSummary.of(interview));
    }

    /** The notice an action left in the URL, as long as it is still true of the interview; null once it is not. */
    private static String notice(String notice, Interview interview) {
        return switch (notice == null ? "" : notice) {
            case "link-sent" -> "The link is e-mailed to the candidate.";
            case "unchanged" -> "Nothing changed: the interview already is as asked, and no one was told.";
            case "awaiting" -> interview.status != InterviewStatus.AWAITING_CANDIDATE ? null
                    : "Send the candidate their link below: they pick one of the free times, and nothing is in Google Calendar until they do.";
            case "scheduling", "retrying" -> interview.status != InterviewStatus.SCHEDULING ? null
                    : notice.equals("retrying") ? "Trying again with a new conference request."
                    : "The interview is stored. The invitations, each with the join link, go out as soon as Google has created the conference.";
            case "cancelled" -> interview.status != InterviewStatus.CANCELLED ? null : interview.isBusy()
                    ? "The interview is cancelled. Both events are being removed, and every guest is told."
                    : "The interview is cancelled; every guest was told.";
            case "moving" -> interview.status != InterviewStatus.SCHEDULED || !interview.isBusy() ? null
                    : "Moving both events to the new time; the candidate and the interviewers are told. The video call stays the same.";
            case "changing" -> interview.status != InterviewStatus.SCHEDULED || !interview.isBusy() ? null
                    : "Changing the events: added interviewers are invited, removed ones told, and the candidate hears only "
                    + "of a new role. The video call stays the same.";
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
        InterviewChanges time = form.toChanges(errors);
        return change(id, time, errors, "moving",
                (named, conflicts) -> Templates.reschedule(interviews.get(id), form, named, conflicts));
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance editForm(@PathParam("id") UUID id) {
        Interview interview = interviews.get(id);
        return Templates.edit(interview, EditForm.of(interview), FormErrors.none(), List.of());
    }

    /** Changes the role, the panel or the notes; each side is told only of what it sees change. */
    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") UUID id, @BeanParam EditForm form) {
        return change(id, form.toChanges(), FormErrors.none(), "changing",
                (named, conflicts) -> Templates.edit(interviews.get(id), form, named, conflicts));
    }

    /**
     * Makes a change a form asked for (unless the form could not even be read) and shows the interview with the
     * notice of what goes on — or "unchanged" — or the form again: 409 with the conflicts, 400 with what was wrong.
     */
    private Response change(UUID id, InterviewChanges changes, FormErrors errors, String notice,
                            BiFunction<FormErrors, List<Conflict>, TemplateInstance> form) {
        if (errors.isEmpty()) {
            try {
                boolean changed = interviews.change(id, changes, actor());
                return Response.seeOther(URI.create("/interviews/" + id + "?notice=" + (changed ? notice : "unchanged"))).build();
            } catch (InvalidInterviewException e) {
                errors.addAll(e.problems());
            } catch (ConflictException e) {
                return Response.status(Response.Status.CONFLICT).entity(form.apply(errors.named(FieldNames::of), e.conflicts())).build();
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(form.apply(errors.named(FieldNames::of), List.of())).build();
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
        return Templates.form(form, errors.named(FieldNames::of), problem, TimeZones.REGIONS, conflicts, suggestions, searched);
    }
}
