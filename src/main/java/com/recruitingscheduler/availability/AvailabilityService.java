package com.recruitingscheduler.availability;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recruitingscheduler.calendar.CalendarException;
import com.recruitingscheduler.calendar.CalendarGateway;
import com.recruitingscheduler.calendar.FreeBusy;
import com.recruitingscheduler.directory.Directory;
import com.recruitingscheduler.directory.Person;
import com.recruitingscheduler.directory.Pool;
import com.recruitingscheduler.interview.Bookings;
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
    private static final Duration STEP = Duration.ofMinutes(15);

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

    /** The earliest times in the range that suit everyone, up to {@code limit}. */
    public Found find(Search search) {
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
        Situation situation = situation(names, search.candidateEmail(), search.candidateZone(), search.from(), search.to(), null);
        List<Slot> slots = new ArrayList<>();
        Instant earliest = Situation.nextQuarterHour(search.from().isAfter(Instant.now()) ? search.from() : Instant.now());
        for (Instant at = earliest; !at.plus(length).isAfter(search.to()) && slots.size() < search.limit(); at = at.plus(STEP)) {
            Instant start = at;
            Instant end = start.plus(length);
            if (situation.problemForCandidate(start, end).isPresent()) {
                continue;
            }
            if (search.pool() != null) {
                choose(situation, names, count, search.pool().wantsShadow(), start, end).ifPresent(slots::add);
            } else if (names.keySet().stream().allMatch(email -> situation.problemFor(email, start, end).isEmpty())) {
                slots.add(new Slot(start, end, seats(situation, names.keySet()), null));
            }
        }
        Map<String, String> unreadable = new LinkedHashMap<>(situation.freeBusy().unreadable());
        return new Found(search.pool() == null && !unreadable.isEmpty() ? List.of() : slots, unreadable);
    }

    @Override
    public List<Conflict> conflicts(List<NewInterview.Interviewer> panel, NewInterview.Candidate candidate, Instant start,
                                    int durationMinutes, UUID excluding) {
        Map<String, String> names = new LinkedHashMap<>();
        panel.forEach(i -> names.put(Directory.key(i.email()), i.name()));
        Instant end = start.plus(Duration.ofMinutes(durationMinutes));
        Situation situation = situation(names, candidate.email(), zone(candidate.timeZone()), start, end, excluding);
        List<Conflict> conflicts = new ArrayList<>();
        for (NewInterview.Interviewer interviewer : panel) {
            situation.problemFor(Directory.key(interviewer.email()), start, end).ifPresent(reason ->
                    conflicts.add(new Conflict(interviewer.email(), interviewer.name(), Conflict.INTERVIEWER, reason)));
        }
        situation.problemForCandidate(start, end).ifPresent(reason ->
                conflicts.add(new Conflict(candidate.email(), candidate.name(), Conflict.CANDIDATE, reason)));
        if (!conflicts.isEmpty()) {
            // What was cached for these people is out of date: the next search must ask Google again.
            freeBusyCache.asMap().keySet().removeIf(key -> key.people().stream().anyMatch(names::containsKey));
        }
        return conflicts;
    }

    @Override
    public List<String> members(String pool) {
        return poolMembers(pool).stream().map(m -> m.email).toList();
    }

    @Override
    public Panel choose(NewInterview.PoolRequest pool, NewInterview.Candidate candidate, Instant start, int durationMinutes) {
        List<Pool.Member> members = poolMembers(pool.name());
        if (members.isEmpty()) {
            throw new InvalidInterviewException(List.of(new FieldProblem("pool.name", "is not a pool with members")));
        }
        Map<String, String> names = new LinkedHashMap<>();
        members.forEach(m -> names.put(Directory.key(m.email), m.name));
        Instant end = start.plus(Duration.ofMinutes(durationMinutes));
        Situation situation = situation(names, candidate.email(), zone(candidate.timeZone()), start, end, null);
        Optional<String> candidateProblem = situation.problemForCandidate(start, end);
        if (candidateProblem.isPresent()) {
            throw new ConflictException("The candidate cannot take this time.",
                    List.of(new Conflict(candidate.email(), candidate.name(), Conflict.CANDIDATE, candidateProblem.get())));
        }
        Slot slot = choose(situation, names, pool.count(), pool.wantsShadow(), start, end).orElseThrow(() -> {
            List<Conflict> conflicts = new ArrayList<>();
            names.forEach((email, name) -> situation.problemFor(email, start, end).ifPresent(reason ->
                    conflicts.add(new Conflict(email, name, Conflict.INTERVIEWER, reason))));
            return new ConflictException("Fewer than " + pool.count() + " members of the pool '" + pool.name()
                    + "' are free at this time.", conflicts);
        });
        return new Panel(slot.interviewers().stream().map(s -> new NewInterview.Interviewer(s.name(), s.email())).toList(),
                slot.shadow() == null ? null : new NewInterview.Interviewer(slot.shadow().name(), slot.shadow().email()));
    }

    /**
     * Seats {@code count} free members who are not trainees: fewest interviews that week first, then the one who
     * interviewed longest ago, then an order that changes from slot to slot (never the list's order); and a free
     * trainee as the shadow when asked for.
     */
    private Optional<Slot> choose(Situation situation, Map<String, String> names, int count, boolean shadow, Instant start,
                                  Instant end) {
        List<String> free = names.keySet().stream().filter(e -> situation.problemFor(e, start, end).isEmpty()).toList();
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

    private Situation situation(Map<String, String> names, String candidateEmail, ZoneId candidateZone, Instant from, Instant to,
                                UUID excluding) {
        Map<String, Person> people = QuarkusTransaction.joiningExisting().call(() -> directory.people(names));
        FreeBusy asked = freeBusy(new ArrayList<>(people.keySet()), from.minus(config.buffer()), to.plus(config.buffer()));
        // The interview being moved is busy time in Google's eyes: its own old time must not stand in its way.
        Bookings.Booking own = excluding == null ? null : QuarkusTransaction.joiningExisting().call(() -> Bookings.of(excluding));
        FreeBusy freeBusy = own == null ? asked : without(asked, own);
        return QuarkusTransaction.joiningExisting().call(() -> new Situation(people, freeBusy,
                Bookings.ofInterviewers(people.keySet(), from.minus(Duration.ofDays(7)), to.plus(Duration.ofDays(7)), excluding),
                candidateEmail, candidateZone,
                candidateEmail == null ? List.of() : Bookings.ofCandidate(candidateEmail, from, to, excluding),
                config.buffer(), config.candidateDayStart(), config.candidateDayEnd()));
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
        if (people.isEmpty()) {
            return new FreeBusy(Map.of(), Map.of());
        }
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
            Map<String, String> unreadable = new HashMap<>();
            sorted.forEach(p -> unreadable.put(p, "Google Calendar could not be asked: " + e.getMessage()));
            return new FreeBusy(Map.of(), unreadable);
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
