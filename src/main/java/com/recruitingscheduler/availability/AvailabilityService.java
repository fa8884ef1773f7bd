package com.recruitingscheduler.availability;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recruitingscheduler.calendar.CalendarException;
import com.recruitingscheduler.calendar.CalendarGateway;
import com.recruitingscheduler.calendar.FreeBusy;
import com.recruitingscheduler.directory.Directory;
import com.recruitingscheduler.directory.Person;
import com.recruitingscheduler.directory.Pool;
import com.recruitingscheduler.directory.Bookings;
import com.recruitingscheduler.interview.Conflict;
import com.recruitingscheduler.interview.ConflictException;
import com.recruitingscheduler.interview.InvalidInterviewException;
import com.recruitingscheduler.interview.NewInterview;
import com.recruitingscheduler.interview.PanelCheck;
import com.recruitingscheduler.web.FieldProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds times that suit a panel (named, or drawn from a pool) and a candidate, and checks a chosen time: one
 * {@code freebusy.query} per 50 people (cached briefly), the app's own interviews for limits, the directory for
 * each person's hours, zone and limits. The rules themselves are in {@link Situation}.
 */
@ApplicationScoped
public class AvailabilityService implements PanelCheck {

    /** The longest range searched at once. */
    public static final Duration MAX_RANGE = Duration.ofDays(31);
    private static final int STEP_MINUTES = 15;
    private static final Duration STEP = Duration.ofMinutes(STEP_MINUTES);

    /** A person seated at a slot. */
    public record Seat(String name, String email) {
    }

    /** A time that suits everyone, and who sits on the panel then. */
    public record Slot(Instant start, Instant end, List<Seat> interviewers, Seat shadow) {
    }

    /** What to search: a named panel or a pool, the candidate (zone optional), the length and the range. */
    public record Search(List<Seat> interviewers, NewInterview.PoolRequest pool, String candidateEmail, ZoneId candidateZone,
                         int durationMinutes, Instant from, Instant to, int limit) {
    }

    /** The slots found, and the calendars that could not be read (named, never taken as free). */
    public record Found(List<Slot> slots, Map<String, String> unreadable) {
    }

    private record FreeBusyKey(List<String> people, Instant from, Instant to) {
    }

    private final Directory directory;
    private final CalendarGateway calendar;
    private final AvailabilityConfig config;
    private final Cache<FreeBusyKey, FreeBusy> freeBusyCache;

    AvailabilityService(Directory directory, CalendarGateway calendar, AvailabilityConfig config) {
        this.directory = directory;
        this.calendar = calendar;
        this.config = config;
        this.freeBusyCache = Caffeine.newBuilder().expireAfterWrite(config.freeBusyCache()).maximumSize(10_000).build();
    }

    /** Google's busy times of some people over a range: the service's own short cache, or a candidate link's. */
    @FunctionalInterface
    public interface BusyTimes {
        FreeBusy of(List<String> people, Instant from, Instant to);
    }

    /** The earliest times in the range that suit everyone, up to {@code limit}. */
    public Found find(Search search) {
        return find(search, this::freeBusy);
    }

    /** The same, with Google's busy times read through {@code google}. */
    public Found find(Search search, BusyTimes google) {
        Duration length = Duration.ofMinutes(search.durationMinutes());
        Map<String, String> names = new LinkedHashMap<>();
        int count;
        if (search.pool() != null) {
            poolMembers(search.pool().name()).forEach(m -> names.put(Directory.key(m.email), m.name));
            count = search.pool().count();
        } else {
            search.interviewers().forEach(s -> names.put(Directory.key(s.email()), s.name() == null ? s.email() : s.name()));
            count = names.size();
        }
        Map<String, Person> people = directory.people(names);
        FreeBusy asked = ask(google, people, search.from(), search.to());
        Situation situation = situation(people, asked, search.candidateEmail(), search.candidateZone(), search.from(), search.to(), null);
        List<Slot> slots = new ArrayList<>();
        Instant earliest = Situation.nextQuarterHour(search.from().isAfter(Instant.now()) ? search.from() : Instant.now());
        for (Instant at = earliest; !at.plus(length).isAfter(search.to()) && slots.size() < search.limit(); at = at.plus(STEP)) {
            Instant start = at;
            Instant end = start.plus(length);
            if (situation.problemForCandidate(start, end).isPresent()) {
                continue;
            }
            if (search.pool() != null) {
                choose(situation, names.keySet(), count, search.pool().wantsShadow(), start, end).ifPresent(slots::add);
            } else if (names.keySet().stream().allMatch(email -> situation.problemFor(email, start, end).isEmpty())) {
                slots.add(new Slot(start, end, seats(situation, names.keySet()), null));
            }
        }
        Map<String, String> unreadable = new LinkedHashMap<>(situation.freeBusy().unreadable());
        return new Found(search.pool() == null && !unreadable.isEmpty() ? List.of() : slots, unreadable);
    }

    /** Whether a start is one this service would offer: on the quarter hour (searches step by {@value #STEP_MINUTES} minutes). */
    public static boolean isOnStep(Instant start) {
        return start.getEpochSecond() % (STEP_MINUTES * 60L) == 0 && start.getNano() == 0;
    }

    @Override
    public Suggestions suggest(List<NewInterview.Interviewer> panel, String candidateEmail, ZoneId candidateZone, int durationMinutes,
                               Instant from, Instant to, int limit) {
        Found found = find(new Search(panel.stream().map(i -> new Seat(i.name(), i.email())).toList(), null, candidateEmail,
                candidateZone, durationMinutes, from, to, limit));
        return new Suggestions(found.slots().stream().map(slot -> new Suggested(slot.start(),
                slot.interviewers().stream().map(Seat::name).toList())).toList(), List.copyOf(found.unreadable().keySet()));
    }

    @Override
    public PanelCheck.Calendars read(List<NewInterview.Interviewer> people, Instant start, int durationMinutes) {
        return read(people, start, durationMinutes, this::freeBusy);
    }

    /** {@link #read(List, Instant, int)} with Google's busy times read through {@code google}. */
    public PanelCheck.Calendars read(List<NewInterview.Interviewer> people, Instant start, int durationMinutes, BusyTimes google) {
        Map<String, String> names = new LinkedHashMap<>();
        people.forEach(i -> names.put(Directory.key(i.email()), i.name() == null ? i.email() : i.name()));
        Instant end = start.plus(Duration.ofMinutes(durationMinutes));
        Map<String, Person> persons = directory.people(names);
        return new Read(persons, ask(google, persons, start, end), start, end);
    }

    @Override
    public PanelCheck.Calendars readPool(String pool, Instant start, int durationMinutes) {
        return read(poolMembers(pool).stream().map(m -> new NewInterview.Interviewer(m.name, m.email)).toList(), start,
                durationMinutes);
    }

    /**
     * What was read for one time: the people's rules and Google's answer, kept while the caller takes the locks; each
     * question adds the bookings stored by then (read in the caller's transaction, under its locks).
     */
    private final class Read implements PanelCheck.Calendars {

        private final Map<String, Person> people;
        private final FreeBusy google;
        private final Instant start;
        private final Instant end;

        Read(Map<String, Person> people, FreeBusy google, Instant start, Instant end) {
            this.people = people;
            this.google = google;
            this.start = start;
            this.end = end;
        }

        @Override
        public List<String> people() {
            return List.copyOf(people.keySet());
        }

        @Override
        public List<Conflict> conflicts(List<NewInterview.Interviewer> panel, NewInterview.Candidate candidate, Instant at,
                                        int durationMinutes, UUID excluding) {
            Instant until = at.plus(Duration.ofMinutes(durationMinutes));
            Situation situation = situationAt(candidate, at, until, excluding);
            List<Conflict> conflicts = new ArrayList<>();
            for (NewInterview.Interviewer interviewer : panel) {
                String email = Directory.key(interviewer.email());
                Optional<String> problem = people.containsKey(email) ? situation.problemFor(email, at, until)
                        : Optional.of(Conflict.CALENDAR_UNREADABLE); // not read: never taken as free
                problem.ifPresent(reason -> conflicts.add(new Conflict(interviewer.email(), interviewer.name(), Conflict.INTERVIEWER, reason)));
            }
            situation.problemForCandidate(at, until).ifPresent(reason ->
                    conflicts.add(new Conflict(candidate.email(), candidate.name(), Conflict.CANDIDATE, reason)));
            if (!conflicts.isEmpty()) {
                // What was cached for these people is out of date: the next search must ask Google again.
                freeBusyCache.asMap().keySet().removeIf(key -> key.people().stream().anyMatch(people::containsKey));
            }
            return conflicts;
        }

        @Override
        public Panel choose(NewInterview.PoolRequest pool, NewInterview.Candidate candidate, Instant at, int durationMinutes) {
            if (people.isEmpty()) {
                throw new InvalidInterviewException(List.of(new FieldProblem("pool.name", "is not a pool with members")));
            }
            Instant until = at.plus(Duration.ofMinutes(durationMinutes));
            Situation situation = situationAt(candidate, at, until, null);
            Optional<String> candidateProblem = situation.problemForCandidate(at, until);
            if (candidateProblem.isPresent()) {
                throw new ConflictException("The candidate cannot take this time.",
                        List.of(new Conflict(candidate.email(), candidate.name(), Conflict.CANDIDATE, candidateProblem.get())));
            }
            Slot slot = AvailabilityService.this.choose(situation, people.keySet(), pool.count(), pool.wantsShadow(), at, until)
                    .orElseThrow(() -> {
                        List<Conflict> conflicts = new ArrayList<>();
                        people.forEach((email, person) -> situation.problemFor(email, at, until).ifPresent(reason ->
                                conflicts.add(new Conflict(email, person.name(), Conflict.INTERVIEWER, reason))));
                        return new ConflictException("Fewer than " + pool.count() + " members of the pool '" + pool.name()
                                + "' are free at this time.", conflicts);
                    });
            return new Panel(slot.interviewers().stream().map(s -> new NewInterview.Interviewer(s.name(), s.email())).toList(),
                    slot.shadow() == null ? null : new NewInterview.Interviewer(slot.shadow().name(), slot.shadow().email()));
        }

        /** The situation at a time; a time outside what was read finds everyone's calendar unreadable. */
        private Situation situationAt(NewInterview.Candidate candidate, Instant at, Instant until, UUID excluding) {
            FreeBusy answer = !at.isBefore(start) && !until.isAfter(end) ? google : unreadable(people.keySet(),
                    "Google Calendar was read for another time; please try again.");
            return situation(people, answer, candidate.email(), zone(candidate.timeZone()), at, until, excluding);
        }
    }

    /**
     * Seats {@code count} free members who are not trainees: fewest interviews that week first, then the one who
     * interviewed longest ago, then an order that changes from slot to slot (never the list's order); and a free
     * trainee as the shadow when asked for.
     */
    private Optional<Slot> choose(Situation situation, Collection<String> members, int count, boolean shadow, Instant start,
                                  Instant end) {
        List<String> free = members.stream().filter(e -> situation.problemFor(e, start, end).isEmpty()).toList();
        Comparator<String> fairest = Comparator.<String>comparingInt(e -> situation.weekLoad(e, start))
                .thenComparing(e -> situation.lastBooked(e, start))
                .thenComparingInt(e -> (e + start).hashCode());
        List<String> seats = free.stream().filter(e -> !situation.people().get(e).trainee()).sorted(fairest).limit(count).toList();
        if (seats.size() < count) {
            return Optional.empty();
        }
        Seat trainee = !shadow ? null : free.stream().filter(e -> situation.people().get(e).trainee()).min(fairest)
                .map(e -> seat(situation, e)).orElse(null);
        return Optional.of(new Slot(start, end, seats(situation, seats), trainee));
    }

    private static List<Seat> seats(Situation situation, Collection<String> emails) {
        return emails.stream().map(e -> seat(situation, e)).toList();
    }

    private static Seat seat(Situation situation, String email) {
        Person person = situation.people().get(email);
        return new Seat(person.name(), person.email());
    }

    /** Google's answer for these people around a range (widened by the buffer), asked outside any transaction. */
    private FreeBusy ask(BusyTimes google, Map<String, Person> people, Instant from, Instant to) {
        return people.isEmpty() ? new FreeBusy(Map.of(), Map.of())
                : google.of(people.keySet().stream().sorted().toList(), from.minus(config.buffer()), to.plus(config.buffer()));
    }

    /** Google's answer with the app's stored bookings: database reads only (in the caller's transaction, if any). */
    private Situation situation(Map<String, Person> people, FreeBusy asked, String candidateEmail, ZoneId candidateZone,
                                Instant from, Instant to, UUID excluding) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            // The interview being moved is busy time in Google's eyes: its own old time must not stand in its way.
            Bookings.Booking own = excluding == null ? null : Bookings.of(excluding);
            FreeBusy freeBusy = own == null ? asked : without(asked, own);
            return new Situation(people, freeBusy,
                    Bookings.ofInterviewers(people.keySet(), from.minus(Duration.ofDays(7)), to.plus(Duration.ofDays(7)), excluding),
                    candidateEmail, candidateZone,
                    candidateEmail == null ? List.of() : Bookings.ofCandidate(candidateEmail, from, to, excluding),
                    config.buffer(), config.candidateDayStart(), config.candidateDayEnd());
        });
    }

    private static FreeBusy unreadable(Collection<String> people, String why) {
        Map<String, String> unreadable = new HashMap<>();
        people.forEach(p -> unreadable.put(p, why));
        return new FreeBusy(Map.of(), unreadable);
    }

    private static FreeBusy without(FreeBusy freeBusy, Bookings.Booking own) {
        Map<String, List<FreeBusy.Period>> busy = new HashMap<>();
        freeBusy.busy().forEach((email, periods) -> {
            List<FreeBusy.Period> left = new ArrayList<>();
            for (FreeBusy.Period period : periods) {
                if (!own.overlaps(period.start(), period.end())) {
                    left.add(period);
                    continue;
                }
                if (period.start().isBefore(own.start())) {
                    left.add(new FreeBusy.Period(period.start(), own.start()));
                }
                if (period.end().isAfter(own.end())) {
                    left.add(new FreeBusy.Period(own.end(), period.end()));
                }
            }
            busy.put(email, left);
        });
        return new FreeBusy(busy, freeBusy.unreadable());
    }

    /** Google's busy times, from the cache when fresh; when Google cannot be asked, every calendar is unreadable. */
    private FreeBusy freeBusy(List<String> people, Instant from, Instant to) {
        List<String> sorted = people.stream().sorted().toList();
        FreeBusyKey key = new FreeBusyKey(sorted, from, to);
        FreeBusy cached = freeBusyCache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        try {
            FreeBusy answer = calendar.freeBusy(sorted, from, to);
            freeBusyCache.put(key, answer);
            return answer;
        } catch (CalendarException e) {
            return unreadable(sorted, "Google Calendar could not be asked: " + e.getMessage());
        }
    }

    /**
     * Google's busy times now, not cached; when Google cannot be asked, every calendar is unreadable. For a caller
     * that keeps answers by rules of its own (a candidate's link).
     */
    public FreeBusy askGoogle(List<String> people, Instant from, Instant to) {
        try {
            return calendar.freeBusy(people, from, to);
        } catch (CalendarException e) {
            return unreadable(people, "Google Calendar could not be asked: " + e.getMessage());
        }
    }

    private static List<Pool.Member> poolMembers(String name) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Pool pool = Pool.findById(name);
            return pool == null ? List.<Pool.Member>of() : List.copyOf(pool.members);
        });
    }

    private static ZoneId zone(String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
