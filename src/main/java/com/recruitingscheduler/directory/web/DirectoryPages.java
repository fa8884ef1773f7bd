package com.recruitingscheduler.directory.web;

import com.recruitingscheduler.account.Roles;
import com.recruitingscheduler.directory.Directory;
import com.recruitingscheduler.directory.Entry;
import com.recruitingscheduler.directory.InterviewerProfile;
import com.recruitingscheduler.directory.Person;
import com.recruitingscheduler.directory.Pool;
import com.recruitingscheduler.directory.Pools;
import com.recruitingscheduler.directory.WorkingHours;
import com.recruitingscheduler.directory.Bookings;
import com.recruitingscheduler.web.FormErrors;
import com.recruitingscheduler.web.InvalidRequestException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recruiters' pages for the directory: who interviews (their zone, hours and limits, and their interviews this
 * week against their limit), and the pools.
 */
@Path("/")
@RolesAllowed(Roles.RECRUITER)
@Produces(MediaType.TEXT_HTML)
public class DirectoryPages {

    private static final Pattern MEMBER_FIELD = Pattern.compile("members\\[(\\d+)]\\.(name|email)");

    private static final Pattern MEMBER_LINE = Pattern.compile("\\s*(.*?)\\s*<\\s*([^<>\\s]+)\\s*>\\s*");

    /** A person as the page lists them. */
    public record Row(Person person, String hours, int thisWeek, int today, List<String> pools) {
        public boolean overWeek() {
            return thisWeek >= person.weeklyLimit();
        }
    }

    /** The interviewer form as typed. */
    public record EntryForm(String email, String name, String timeZone, Set<DayOfWeek> days, String start, String end,
                            String dailyLimit, String weeklyLimit, boolean trainee, List<String> pools) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance interviewers(List<Row> rows, EntryForm form, FormErrors errors, List<String> poolNames,
                                                    List<DayOfWeek> weekDays, String notice);

        static native TemplateInstance pools(List<Pool> pools, FormErrors errors, String name, String members, String notice);
    }

    private final Directory directory;
    private final Pools pools;

    DirectoryPages(Directory directory, Pools pools) {
        this.directory = directory;
        this.pools = pools;
    }

    @GET
    @Path("/interviewers")
    public TemplateInstance interviewers() {
        return interviewersPage(blankForm(), FormErrors.none(), null);
    }

    @POST
    @Path("/interviewers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveInterviewer(@RestForm String email, @RestForm String name, @RestForm String timeZone,
                                    @RestForm List<DayOfWeek> days, @RestForm String start, @RestForm String end,
                                    @RestForm String dailyLimit, @RestForm String weeklyLimit, @RestForm boolean trainee,
                                    @RestForm List<String> pools) {
        EntryForm form = new EntryForm(email, name, timeZone,
                days == null || days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days), start, end,
                dailyLimit, weeklyLimit, trainee, pools == null ? List.of() : pools);
        FormErrors errors = FormErrors.none();
        List<WorkingHours.Window> hours = null;
        if (!form.days().isEmpty() || !blank(start) || !blank(end)) {
            try {
                hours = List.of(new WorkingHours.Window(form.days(), LocalTime.parse(start.strip()), LocalTime.parse(end.strip())));
                if (form.days().isEmpty()) {
                    errors.add("workingHours[0]", "choose the working days");
                }
            } catch (DateTimeException | NullPointerException e) {
                errors.add("workingHours[0]", "enter a start and an end such as 09:00 and 17:00");
            }
        }
        Integer daily = number(dailyLimit, "dailyLimit", errors);
        Integer weekly = number(weeklyLimit, "weeklyLimit", errors);
        if (errors.isEmpty()) {
            try {
                directory.save(email == null ? "" : email, new Entry(name, blank(timeZone) ? null : timeZone.strip(), hours,
                        daily, weekly, form.pools(), trainee));
                return Response.seeOther(URI.create("/interviewers")).build();
            } catch (InvalidRequestException e) {
                errors.addAll(e.problems());
            }
        }
        return Response.status(400).entity(interviewersPage(form, errors, null)).build();
    }

    @GET
    @Path("/pools")
    public TemplateInstance poolsPage() {
        return poolsPage(FormErrors.none(), "", "", null);
    }

    @POST
    @Path("/pools")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createPool(@RestForm String name, @RestForm String members) {
        FormErrors errors = FormErrors.none();
        List<Pool.Member> parsed = members(members, errors);
        if (errors.isEmpty()) {
            try {
                if (pools.create(name == null ? null : name.strip(), parsed)) {
                    return Response.seeOther(URI.create("/pools")).build();
                }
                errors.add("name", "is taken by another pool");
            } catch (InvalidRequestException e) {
                errors.addAll(e.problems());
            }
        }
        return Response.status(400).entity(poolsPage(errors, name, members, null)).build();
    }

    @POST
    @Path("/pools/{name}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeMembers(@PathParam("name") String name, @RestForm String members) {
        FormErrors errors = FormErrors.none();
        List<Pool.Member> parsed = members(members, errors);
        if (errors.isEmpty()) {
            try {
                if (!pools.replaceMembers(name, parsed)) {
                    throw new jakarta.ws.rs.NotFoundException();
                }
                return Response.seeOther(URI.create("/pools#" + URLEncoder.encode(name, StandardCharsets.UTF_8))).build();
            } catch (InvalidRequestException e) {
                errors.addAll(e.problems());
            }
        }
        return Response.status(400).entity(poolsPage(errors, "", "", "The members of " + name + " were not changed.")).build();
    }

    @POST
    @Path("/pools/{name}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deletePool(@PathParam("name") String name) {
        pools.delete(name);
        return Response.seeOther(URI.create("/pools")).build();
    }

    private TemplateInstance interviewersPage(EntryForm form, FormErrors errors, String notice) {
        List<Row> rows = QuarkusTransaction.requiringNew().call(this::rows);
        List<String> poolNames = QuarkusTransaction.requiringNew().call(() -> Pool.all().stream().map(p -> p.name).toList());
        return Templates.interviewers(rows, form, errors.named(DirectoryPages::entryField), poolNames,
                List.of(DayOfWeek.values()), notice);
    }

    /** How the interviewer form names its fields to a person (the error summary links to each). */
    private static FormErrors.Name entryField(String field) {
        return switch (field) {
            case "email" -> new FormErrors.Name("email", "E-mail", "enter their e-mail address");
            case "name" -> new FormErrors.Name("name", "Name", "enter their name");
            case "timeZone" -> new FormErrors.Name("timeZone", "Time zone", "enter a time zone such as Europe/Paris");
            case "workingHours[0]" -> new FormErrors.Name("start", "Working hours", null);
            case "dailyLimit" -> new FormErrors.Name("dailyLimit", "Interviews a day at most", null);
            case "weeklyLimit" -> new FormErrors.Name("weeklyLimit", "Interviews a week at most", null);
            case "pools" -> new FormErrors.Name("pool-0", "Pools", null);
            default -> null;
        };
    }

    private TemplateInstance poolsPage(FormErrors errors, String name, String members, String notice) {
        return Templates.pools(QuarkusTransaction.requiringNew().call(Pool::all), errors.named(DirectoryPages::poolField),
                name, members, notice);
    }

    /** How the pool forms name their fields: a member by their line in the list. */
    private static FormErrors.Name poolField(String field) {
        Matcher member = MEMBER_FIELD.matcher(field);
        if (member.matches()) {
            return new FormErrors.Name("members", "Member on line " + (Integer.parseInt(member.group(1)) + 1)
                    + (member.group(2).equals("email") ? ", e-mail" : ", name"), null);
        }
        return switch (field) {
            case "name" -> new FormErrors.Name("name", "Pool name", "enter a name for the pool");
            case "members" -> new FormErrors.Name("members", "Members", "list at least one member");
            default -> null;
        };
    }

    /** Everyone in the directory or on an interview this week, with their interviews this week and today. */
    private List<Row> rows() {
        Instant now = Instant.now();
        Map<String, String> names = new LinkedHashMap<>();
        InterviewerProfile.<InterviewerProfile>list("order by name").forEach(p -> names.put(p.email, p.name));
        Bookings.panelists(now.minus(Duration.ofDays(7)), now.plus(Duration.ofDays(7))).forEach(names::putIfAbsent);
        Map<String, List<Bookings.Booking>> bookings = Bookings.ofInterviewers(names.keySet(), now.minus(Duration.ofDays(8)),
                now.plus(Duration.ofDays(8)), null);
        Map<String, Person> people = directory.people(names);
        Map<String, List<String>> poolsOf = Pool.namesByMember();
        List<Row> rows = new ArrayList<>();
        for (String email : names.keySet()) {
            Person person = people.get(email);
            ZonedDateTime today = now.atZone(person.zone());
            List<Bookings.Booking> theirs = bookings.getOrDefault(email, List.of());
            int week = (int) theirs.stream().map(b -> b.start().atZone(person.zone()))
                    .filter(t -> t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                            && t.get(IsoFields.WEEK_BASED_YEAR) == today.get(IsoFields.WEEK_BASED_YEAR)).count();
            int day = (int) theirs.stream().filter(b -> b.start().atZone(person.zone()).toLocalDate().equals(today.toLocalDate()))
                    .count();
            String hours = describe(person.workingHours())
                    + (person.workingHoursFrom() == Person.HoursFrom.GOOGLE ? " (from their Google Calendar)" : "");
            rows.add(new Row(person, hours, week, day, poolsOf.getOrDefault(email, List.of())));
        }
        return rows;
    }

    private static String describe(WorkingHours hours) {
        return String.join("; ", hours.windows().stream().map(w -> String.join(" ", w.days().stream().sorted()
                        .map(d -> d.name().substring(0, 1) + d.name().substring(1, 3).toLowerCase()).toList())
                + " " + w.start() + "–" + w.end()).toList());
    }

    private static EntryForm blankForm() {
        return new EntryForm("", "", "", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "09:00", "17:00", "", "", false, List.of());
    }

    /** Members typed one per line, "Name <e-mail>". */
    private static List<Pool.Member> members(String typed, FormErrors errors) {
        List<Pool.Member> members = new ArrayList<>();
        String[] lines = typed == null ? new String[0] : typed.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Matcher matcher = MEMBER_LINE.matcher(lines[i]);
            if (!matcher.matches() || matcher.group(1).isBlank()) {
                errors.add("members", "line " + (i + 1) + ": write each member as Name <name@example.com>");
                continue;
            }
            members.add(new Pool.Member(matcher.group(1), matcher.group(2)));
        }
        return members;
    }

    private static Integer number(String typed, String field, FormErrors errors) {
        if (blank(typed)) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            errors.add(field, "enter a whole number, or leave it empty for the default");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
