package com.recruitingscheduler.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recruitingscheduler.calendar.CalendarException;
import com.recruitingscheduler.calendar.CalendarGateway;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that says how a person interviews: their directory entry, the defaults where it says nothing
 * ({@link InterviewerDefaults}; the time zone, unless configured, is the organizer calendar's).
 */
@ApplicationScoped
public class Directory {

    private static final TypeReference<List<WorkingHours.Window>> WINDOWS = new TypeReference<>() {
    };

    private final InterviewerDefaults defaults;
    private final CalendarGateway calendar;
    private final ObjectMapper json;

    Directory(InterviewerDefaults defaults, CalendarGateway calendar, ObjectMapper json) {
        this.defaults = defaults;
        this.calendar = calendar;
        this.json = json;
    }

    /** These people (e-mail to the name to use when the directory has none), each with their rules. */
    public Map<String, Person> people(Map<String, String> namesByEmail) {
        List<String> emails = namesByEmail.keySet().stream().map(Directory::key).toList();
        Map<String, InterviewerProfile> profiles = new HashMap<>();
        QuarkusTransaction.joiningExisting().run(() -> InterviewerProfile.<InterviewerProfile>list("email in ?1", emails)
                .forEach(p -> profiles.put(p.email, p)));
        ZoneId fallbackZone = null;
        Map<String, Person> people = new HashMap<>();
        for (Map.Entry<String, String> entry : namesByEmail.entrySet()) {
            String email = key(entry.getKey());
            InterviewerProfile profile = profiles.get(email);
            if (profile == null || profile.timeZone == null) {
                fallbackZone = fallbackZone != null ? fallbackZone : defaultZone();
            }
            people.put(email, person(email, entry.getValue(), profile, fallbackZone));
        }
        return people;
    }

    /** One person's rules. */
    public Person person(String email, String name) {
        return people(Map.of(email, name == null ? email : name)).get(key(email));
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

    private Person person(String email, String name, InterviewerProfile profile, ZoneId fallbackZone) {
        if (profile == null) {
            return new Person(email, name, fallbackZone, defaults.workingHours(), defaults.dailyLimit(), defaults.weeklyLimit(),
                    false, false);
        }
        return new Person(email, profile.name, profile.timeZone == null ? fallbackZone : ZoneId.of(profile.timeZone),
                workingHours(profile), profile.dailyLimit == null ? defaults.dailyLimit() : profile.dailyLimit,
                profile.weeklyLimit == null ? defaults.weeklyLimit() : profile.weeklyLimit, profile.trainee, true);
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
