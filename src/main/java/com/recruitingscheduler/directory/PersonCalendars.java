package com.recruitingscheduler.directory;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.recruitingscheduler.calendar.CalendarException;
import com.recruitingscheduler.calendar.CalendarGateway;
import com.recruitingscheduler.calendar.PersonCalendar;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * People's own Google calendars — time zone and published working hours — as Google shows them to the organizer:
 * looked up a few at a time, kept for {@code recruiting.interviewers.google-working-hours-cache} (a lookup that failed,
 * for a minute). Someone whose calendar Google does not show, or could not be asked about, simply has none here.
 */
@ApplicationScoped
public class PersonCalendars {

    private static final Logger LOG = Logger.getLogger(PersonCalendars.class);
    private static final Duration AFTER_FAILURE = Duration.ofMinutes(1);
    private static final int AT_ONCE = 4;

    /** What one lookup found; {@code failed} when Google could not be asked. */
    private record Lookup(Optional<PersonCalendar> calendar, boolean failed) {
    }

    private final CalendarGateway calendar;
    private final boolean enabled;
    private final ExecutorService lookups;
    private final AsyncLoadingCache<String, Lookup> cache;

    PersonCalendars(CalendarGateway calendar, InterviewerDefaults defaults) {
        this.calendar = calendar;
        this.enabled = defaults.googleWorkingHours();
        this.lookups = Executors.newFixedThreadPool(AT_ONCE, runnable -> {
            Thread thread = new Thread(runnable, "person-calendars");
            thread.setDaemon(true);
            return thread;
        });
        Duration keep = defaults.googleWorkingHoursCache();
        this.cache = Caffeine.newBuilder().maximumSize(10_000).executor(lookups)
                .expireAfter(Expiry.creating((String email, Lookup lookup) -> lookup.failed() ? AFTER_FAILURE : keep))
                .buildAsync(this::lookUp);
    }

    /** The calendars of those of these people (e-mails, lower case) whose own calendar Google shows the organizer. */
    public Map<String, PersonCalendar> of(Collection<String> emails) {
        if (!enabled || emails.isEmpty()) {
            return Map.of();
        }
        Map<String, PersonCalendar> found = new HashMap<>();
        cache.getAll(emails).join().forEach((email, lookup) -> lookup.calendar().ifPresent(c -> found.put(email, c)));
        return found;
    }

    private Lookup lookUp(String email) {
        try {
            return new Lookup(calendar.personCalendar(email), false);
        } catch (CalendarException e) {
            LOG.debugf("The calendar of %s could not be read (%s); the directory and the defaults decide for now", email,
                    e.getMessage());
            return new Lookup(Optional.empty(), true);
        }
    }

    @PreDestroy
    void stop() {
        lookups.shutdownNow();
    }
}
