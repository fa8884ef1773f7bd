package com.recruitingscheduler.candidate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.recruitingscheduler.availability.AvailabilityConfig;
import com.recruitingscheduler.availability.AvailabilityService;
import com.recruitingscheduler.calendar.FreeBusy;
import com.recruitingscheduler.interview.CandidateActions;
import com.recruitingscheduler.interview.ConflictException;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.interview.InterviewStateException;
import com.recruitingscheduler.interview.InvalidInterviewException;
import com.recruitingscheduler.interview.PanelCheck;
import com.recruitingscheduler.web.FieldProblem;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The one home of which times a candidate's link offers, and so of which times a candidate may choose or move to: the
 * server recomputes the offers for every choice and takes nothing else (a start the link could never offer is refused
 * as invalid, one it offered but no longer does as taken).
 *
 * <p>A link's searches ask Google through one answer per link, reused for {@code recruiting.availability.free-busy-cache}
 * (the offers of one link, however often reloaded, cost one {@code freebusy.query}); a booking asks Google once more
 * for its time, before any lock is taken. Each link makes at most {@code recruiting.candidates.google-calls-per-hour}
 * Google calls: beyond that the page answers from the answer it has, and only without one with
 * {@link LinkBusyException} (429).
 */
@ApplicationScoped
public class LinkOffers {

    /** How far ahead a candidate may move their interview, and how many other times they are offered. */
    private static final Duration MOVE_HORIZON = Duration.ofDays(14);
    private static final int MOVE_OPTIONS = 6;
    /** How long a link keeps its last answer to fall back on, and how much further than asked its searches read. */
    private static final Duration KEPT = Duration.ofHours(1);

    /** Google's answer for a link's panel over a range, and when it was read. */
    private record Answer(List<String> people, Instant from, Instant to, FreeBusy busy, Instant readAt) {
        boolean covers(List<String> asked, Instant askedFrom, Instant askedTo) {
            return people.equals(asked) && !from.isAfter(askedFrom) && !to.isBefore(askedTo);
        }
    }

    /** The times a link may offer now: a range, and how many of the earliest free times in it. */
    private record Window(Instant from, Instant to, int count) {
    }

    private final AvailabilityService availability;
    private final CandidateActions candidates;
    private final LinkThrottle throttle;
    private final Duration fresh;
    private final Cache<UUID, Answer> answers = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(10_000).build();

    LinkOffers(AvailabilityService availability, CandidateActions candidates, LinkThrottle throttle, AvailabilityConfig config) {
        this.availability = availability;
        this.candidates = candidates;
        this.throttle = throttle;
        this.fresh = config.freeBusyCache();
    }

    /** The starts the link offers now, earliest first: in the candidate's window while they choose, else to move to. */
    public List<Instant> offers(Interview interview) {
        Window window = interview.isAwaitingCandidate() ? choosing(interview)
                : !interview.isCancelled() && candidates.whyNoMove(interview) == null ? moving() : null;
        return window == null ? List.of() : offers(interview, window);
    }

    /**
     * Refuses a start the candidate may not choose ({@code moving}: move to) now: not a choice or move the interview
     * allows (409), a start the link could never offer (400), or one it offers no longer (409, taken meanwhile).
     */
    public void requireOffered(Interview interview, Instant start, boolean moving) {
        Window window;
        if (moving) {
            String why = candidates.whyNoMove(interview);
            if (why != null) {
                throw new InterviewStateException(why);
            }
            window = moving();
        } else {
            if (!interview.isAwaitingCandidate()) {
                throw new InterviewStateException(CandidateActions.CHOSEN_ALREADY);
            }
            window = choosing(interview);
        }
        if (start == null || !AvailabilityService.isOnStep(start) || start.isBefore(window.from()) || start.isBefore(Instant.now())
                || start.isAfter(window.to().minus(Duration.ofMinutes(interview.durationMinutes)))) {
            throw new InvalidInterviewException(List.of(new FieldProblem("start", "is not one of the times offered")));
        }
        if (!offers(interview, window).contains(start)) {
            throw new ConflictException("That time is no longer free.", List.of());
        }
    }

    /**
     * What Google says of the panel at this start, for the booking's last check under the locks: Google asked now,
     * within the link's budget (beyond it, the link's answer while fresh). Call it before any lock or transaction.
     */
    public PanelCheck.Calendars calendarsAt(Interview interview, Instant start) {
        return availability.read(interview.panel(), start, interview.durationMinutes, (people, from, to) -> ask(interview.id, people, from, to, true));
    }

    /** Drops the link's answer: a booking found it out of date. */
    public void forget(Interview interview) {
        answers.invalidate(interview.id);
    }

    private List<Instant> offers(Interview interview, Window window) {
        List<AvailabilityService.Seat> panel = interview.interviewers.stream()
                .map(i -> new AvailabilityService.Seat(i.name, i.email)).toList();
        AvailabilityService.Found found = availability.find(new AvailabilityService.Search(panel, null, interview.candidateEmail,
                        ZoneId.of(interview.candidateTimeZone), interview.durationMinutes, window.from(), window.to(), window.count()),
                (people, from, to) -> ask(interview.id, people, from, to, false));
        return found.slots().stream().map(AvailabilityService.Slot::start).filter(start -> !start.equals(interview.start)).toList();
    }

    private static Window choosing(Interview interview) {
        return new Window(interview.chooseFrom, interview.chooseTo, interview.chooseOptions);
    }

    private Window moving() {
        Instant from = candidates.earliestMove();
        return new Window(from, from.plus(MOVE_HORIZON), MOVE_OPTIONS);
    }

    /**
     * Google's answer for the link. A search takes the one the link keeps while fresh; else asks Google if the link's
     * budget allows (reading further ahead than asked, so the next searches of this link find it covering them); else
     * takes the one kept, however old. A booking's last check asks Google now if the budget allows, else takes the one
     * kept while fresh. Without an answer to give: {@link LinkBusyException}.
     */
    private FreeBusy ask(UUID link, List<String> people, Instant from, Instant to, boolean booking) {
        Answer kept = answers.getIfPresent(link);
        boolean covers = kept != null && kept.covers(people, from, to);
        Instant now = Instant.now();
        boolean keptIsFresh = covers && kept.readAt().plus(fresh).isAfter(now);
        if (keptIsFresh && !booking) {
            return kept.busy();
        }
        Duration wait = throttle.takeGoogleCall(link);
        if (wait.isZero()) {
            Instant until = booking ? to : to.plus(KEPT);
            FreeBusy busy = availability.askGoogle(people, from, until);
            if (!booking && busy.unreadable().size() < people.size()) {
                answers.put(link, new Answer(people, from, until, busy, now));
            }
            return busy;
        }
        if (booking ? keptIsFresh : covers) {
            return kept.busy();
        }
        throw new LinkBusyException(wait);
    }
}
