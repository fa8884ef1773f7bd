package com.recruitingscheduler.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recruitingscheduler.calendar.CalendarException;
import com.recruitingscheduler.calendar.CalendarGateway;
import com.recruitingscheduler.calendar.PersonCalendar;
import com.recruitingscheduler.input.InputRules;
import com.recruitingscheduler.web.FieldProblem;
import com.recruitingscheduler.web.InvalidRequestException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one place that says how a person interviews: their directory entry; where it says nothing of their zone or
 * working hours, their own Google calendar's ({@link PersonCalendars}); the defaults for the rest
 * ({@link InterviewerDefaults}; the time zone, unless configured, is the organizer calendar's).
 */
@ApplicationScoped
public class Directory {

    private static final TypeReference<List<WorkingHours.Window>> WINDOWS = new TypeReference<>() {
    };

    private final InterviewerDefaults defaults;
    private final CalendarGateway calendar;
    private final ObjectMapper json;
    private final PersonCalendars personCalendars;

    Directory(InterviewerDefaults defaults, CalendarGateway calendar, ObjectMapper json, PersonCalendars personCalendars) {
        this.defaults = defaults;
        this.calendar = calendar;
        this.json = json;
        this.personCalendars = personCalendars;
    }

    /**
     * These people (e-mail to the name to use when the directory has none), each with their rules: what their entry
     * says; where it gives no working hours or no zone, their own Google calendar's (working hours only when read in
     * the zone that holds for them); the defaults for the rest.
     */
    public Map<String, Person> people(Map<String, String> namesByEmail) {
        List<String> emails = namesByEmail.keySet().stream().map(Directory::key).toList();
        Map<String, InterviewerProfile> profiles = new HashMap<>();
        QuarkusTransaction.joiningExisting().run(() -> InterviewerProfile.<InterviewerProfile>list("email in ?1", emails)
                .forEach(p -> profiles.put(p.email, p)));
        Map<String, PersonCalendar> calendars = personCalendars.of(emails.stream()
                .filter(email -> profiles.get(email) == null || profiles.get(email).workingHours == null
                        || profiles.get(email).timeZone == null)
                .distinct().toList());
        ZoneId fallbackZone = null;
        Map<String, Person> people = new HashMap<>();
        for (Map.Entry<String, String> entry : namesByEmail.entrySet()) {
            String email = key(entry.getKey());
            InterviewerProfile profile = profiles.get(email);
            PersonCalendar own = calendars.get(email);
            if ((profile == null || profile.timeZone == null) && (own == null || own.zone() == null)) {
                fallbackZone = fallbackZone != null ? fallbackZone : defaultZone();
            }
            people.put(email, person(email, entry.getValue(), profile, own, fallbackZone));
        }
        return people;
    }

    /** One person's rules. */
    public Person person(String email, String name) {
        return people(Map.of(email, name == null ? email : name)).get(key(email));
    }

    /** Every rule an entry breaks, field by field; empty when it can be saved. */
    public List<FieldProblem> problemsWith(String email, Entry entry) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!InputRules.isPlainEmail(email)) {
            problems.add(new FieldProblem("email", "must be a plain e-mail address such as name@example.com"));
        }
        if (entry.name() == null || entry.name().isBlank()) {
            problems.add(new FieldProblem("name", "must not be blank"));
        } else if (entry.name().length() > 200 || InputRules.hasControlCharacters(entry.name(), false)) {
            problems.add(new FieldProblem("name", "must be 1 to 200 characters, without control characters"));
        }
        if (entry.timeZone() != null) {
            try {
                ZoneId.of(entry.timeZone());
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("timeZone", "is not a known time zone (use a name like Europe/Paris)"));
            }
        }
        if (entry.workingHours() != null) {
            for (int i = 0; i < entry.workingHours().size(); i++) {
                WorkingHours.Window window = entry.workingHours().get(i);
                if (window == null || window.days() == null || window.days().isEmpty() || window.start() == null
                        || window.end() == null || !window.start().isBefore(window.end())) {
                    problems.add(new FieldProblem("workingHours[" + i + "]", "needs days and a start before its end, e.g. "
                            + "{\"days\": [\"MONDAY\"], \"start\": \"09:00\", \"end\": \"17:00\"}"));
                }
            }
        }
        if (entry.dailyLimit() != null && (entry.dailyLimit() < 0 || entry.dailyLimit() > 24)) {
            problems.add(new FieldProblem("dailyLimit", "must be between 0 and 24"));
        }
        if (entry.weeklyLimit() != null && (entry.weeklyLimit() < 0 || entry.weeklyLimit() > 100)) {
            problems.add(new FieldProblem("weeklyLimit", "must be between 0 and 100"));
        }
        if (entry.pools() != null) {
            List<String> known = QuarkusTransaction.requiringNew().call(() -> Pool.<Pool>listAll().stream().map(p -> p.name).toList());
            entry.pools().stream().filter(p -> !known.contains(p)).forEach(p ->
                    problems.add(new FieldProblem("pools", "names no pool called '" + p + "'; create the pool first")));
        }
        return problems;
    }

    /**
     * Adds or replaces a person's entry, and puts them in exactly the pools named (when named).
     *
     * @return whether the person was new to the directory
     */
    public boolean save(String email, Entry entry) {
        List<FieldProblem> problems = problemsWith(email, entry);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String key = key(email);
        return QuarkusTransaction.requiringNew().call(() -> {
            InterviewerProfile profile = InterviewerProfile.findById(key);
            boolean isNew = profile == null;
            if (isNew) {
                profile = new InterviewerProfile();
                profile.email = key;
            }
            profile.name = entry.name().strip();
            profile.timeZone = entry.timeZone();
            profile.workingHours = workingHoursJson(entry.workingHours());
            profile.dailyLimit = entry.dailyLimit();
            profile.weeklyLimit = entry.weeklyLimit();
            profile.trainee = Boolean.TRUE.equals(entry.trainee());
            profile.updatedAt = Instant.now();
            profile.persist();
            if (entry.pools() != null) {
                for (Pool pool : Pool.<Pool>listAll()) {
                    pool.members.removeIf(m -> m.email.equals(key));
                    if (entry.pools().contains(pool.name)) {
                        pool.members.add(new Pool.Member(profile.name, key));
                    }
                }
            }
            return isNew;
        });
    }

    /** The working hours as the directory stores them (JSON), or null for the default. */
    public String workingHoursJson(List<WorkingHours.Window> windows) {
        try {
            return windows == null ? null : json.writeValueAsString(windows);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public WorkingHours workingHours(InterviewerProfile profile) {
        if (profile == null || profile.workingHours == null) {
            return defaults.workingHours();
        }
        try {
            return new WorkingHours(json.readValue(profile.workingHours, WINDOWS));
        } catch (JsonProcessingException e) {
            return defaults.workingHours();
        }
    }

    private Person person(String email, String name, InterviewerProfile profile, PersonCalendar own, ZoneId fallbackZone) {
        ZoneId zone = profile != null && profile.timeZone != null ? ZoneId.of(profile.timeZone)
                : own != null && own.zone() != null ? own.zone() : fallbackZone;
        WorkingHours hours = defaults.workingHours();
        Person.HoursFrom from = Person.HoursFrom.DEFAULTS;
        if (profile != null && profile.workingHours != null) {
            hours = workingHours(profile);
            from = Person.HoursFrom.DIRECTORY;
        } else if (own != null && !own.workingHours().isEmpty() && zone.equals(own.zone())) {
            hours = published(own);
            from = Person.HoursFrom.GOOGLE;
        }
        if (profile == null) {
            return new Person(email, name, zone, hours, from, defaults.dailyLimit(), defaults.weeklyLimit(), false, false);
        }
        return new Person(email, profile.name, zone, hours, from,
                profile.dailyLimit == null ? defaults.dailyLimit() : profile.dailyLimit,
                profile.weeklyLimit == null ? defaults.weeklyLimit() : profile.weeklyLimit, profile.trainee, true);
    }

    /**
     * Google's blocks (a day each) as windows: the days that share a span are one window. An end of 24:00 reads as
     * 23:59 — the same for every interview, since one must end on the day it starts.
     */
    private static WorkingHours published(PersonCalendar calendar) {
        Map<List<Integer>, Set<DayOfWeek>> daysBySpan = new LinkedHashMap<>();
        calendar.workingHours().stream()
                .sorted(Comparator.comparingInt(PersonCalendar.Block::start).thenComparing(PersonCalendar.Block::day))
                .forEach(b -> daysBySpan.computeIfAbsent(List.of(b.start(), b.end()), span -> EnumSet.noneOf(DayOfWeek.class))
                        .add(b.day()));
        List<WorkingHours.Window> windows = new ArrayList<>();
        daysBySpan.forEach((span, days) -> windows.add(new WorkingHours.Window(days, localTime(span.get(0)), localTime(span.get(1)))));
        return new WorkingHours(windows);
    }

    private static LocalTime localTime(int minutes) {
        return minutes >= 24 * 60 ? LocalTime.of(23, 59) : LocalTime.of(minutes / 60, minutes % 60);
    }

    /** The configured default zone, else the organizer calendar's, else UTC when Google cannot be asked. */
    public ZoneId defaultZone() {
        if (defaults.timeZone().isPresent()) {
            return ZoneId.of(defaults.timeZone().get());
        }
        try {
            return calendar.organizerTimeZone();
        } catch (CalendarException e) {
            return ZoneOffset.UTC;
        }
    }

    public static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
