package com.recruitingscheduler.interview;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * What a candidate can do on their link — choose the time, move it, cancel — and the rules for it: the time is
 * checked again at the moment of choice, under a lock per person involved, against what Google said just before (read
 * by the caller, outside any lock) and the bookings stored by then, so two candidates choosing the same interviewer's
 * last free time cannot both get it; at most {@code max-moves} moves, none within {@code min-notice} of the start.
 * Which times a candidate may choose at all is the link's to say ({@code candidate.LinkOffers}). Every action is in
 * the history with the actor {@value StepLogEntry#CANDIDATE}.
 */
@ApplicationScoped
public class CandidateActions {

    /** What a candidate hears when they choose a time on a link whose time is chosen already. */
    public static final String CHOSEN_ALREADY = "The time is chosen already.";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StepQueue steps;
    private final CandidateConfig config;

    CandidateActions(StepQueue steps, CandidateConfig config) {
        this.steps = steps;
        this.config = config;
    }

    /** A link token: 256 random bits, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The interview of a live link. */
    public Interview find(String token) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Interview interview = live(token, LockModeType.NONE);
            interview.interviewers.size(); // the panel is read by the page after this transaction
            return interview;
        });
    }

    /**
     * Books the time the candidate chose, if it is still free for everyone ({@code calendars}: read for that time).
     * The caller took it only from the link's offers ({@code candidate.LinkOffers}, the one home of that rule).
     */
    public void choose(String token, Instant start, PanelCheck.Calendars calendars) {
        QuarkusTransaction.requiringNew().run(() -> {
            Interview interview = live(token, LockModeType.PESSIMISTIC_WRITE);
            if (!interview.isAwaitingCandidate()) {
                throw new InterviewStateException(CHOSEN_ALREADY);
            }
            requireFree(calendars, interview, start);
            interview.candidateChose(start);
            StepLogEntry.recordAction(interview.id, StepLogEntry.Action.CHOOSE, StepLogEntry.CANDIDATE, "for " + start + " UTC");
            steps.enqueue(interview);
        });
    }

    /** Moves the candidate's interview to another free time (one of the link's offers); both sides are told, the conference stays. */
    public void move(String token, Instant start, PanelCheck.Calendars calendars) {
        QuarkusTransaction.requiringNew().run(() -> {
            Interview interview = live(token, LockModeType.PESSIMISTIC_WRITE);
            String why = whyNoMove(interview);
            if (why != null) {
                throw new InterviewStateException(why);
            }
            requireFree(calendars, interview, start);
            interview.movedByCandidate(start);
            StepLogEntry.recordAction(interview.id, StepLogEntry.Action.MOVE, StepLogEntry.CANDIDATE, "to " + start + " UTC");
            steps.enqueue(interview);
        });
    }

    /** Cancels on the candidate's word; the reason, if given, is for the recruiter. */
    public void cancel(String token, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            Interview interview = live(token, LockModeType.PESSIMISTIC_WRITE);
            String said = reason == null || reason.isBlank() ? null : reason.strip();
            if (interview.cancel()) {
                interview.cancelReason = said;
                StepLogEntry.recordAction(interview.id, StepLogEntry.Action.CANCEL, StepLogEntry.CANDIDATE,
                        said == null ? "No reason given" : "Reason: " + said);
                if (interview.isBusy()) {
                    steps.enqueue(interview);
                }
            }
        });
    }

    /** The earliest time a candidate may move to: one they could still move again. */
    public Instant earliestMove() {
        return Instant.now().plus(config.minNotice());
    }

    /** Why the candidate cannot move this interview (now), or null when they can. */
    public String whyNoMove(Interview interview) {
        if (!interview.canChange()) {
            return "This interview cannot be moved now.";
        }
        if (interview.candidateMoves >= config.maxMoves()) {
            return "You have moved this interview " + interview.candidateMoves + " times, the most allowed. Please contact the recruiter.";
        }
        if (Instant.now().plus(config.minNotice()).isAfter(interview.start)) {
            return "The interview starts within " + config.minNotice().toHours() + " hours: it can no longer be moved here. "
                    + "Please contact the recruiter.";
        }
        return null;
    }

    /** Checks the time once more for everyone, each person's lock held ({@link PersonLocks}). */
    private static void requireFree(PanelCheck.Calendars calendars, Interview interview, Instant start) {
        List<Conflict> conflicts = PersonLocks.conflictsAt(calendars, interview, interview.panel(), start, interview.durationMinutes);
        if (!conflicts.isEmpty()) {
            throw new ConflictException("That time is no longer free.", conflicts);
        }
    }

    private static Interview live(String token, LockModeType lock) {
        Interview interview = token == null || token.length() > 64 ? null
                : Interview.find("schedulingToken", token).withLock(lock).firstResult();
        if (interview == null || !interview.linkIsLive(Instant.now())) {
            throw new InterviewNotFoundException(null);
        }
        return interview;
    }
}
