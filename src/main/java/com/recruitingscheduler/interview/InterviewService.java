package com.recruitingscheduler.interview;

import com.recruitingscheduler.web.FieldProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.validation.Validator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/**
 * What recruiters and applicant-tracking systems can do with interviews. Scheduling only stores the interview and
 * its first step: the calendar work happens in the background (the {@link StepQueue}), so no request waits on Google.
 * The interview itself decides what each action may do ({@link Interview}); this class loads, locks and stores.
 */
@ApplicationScoped
public class InterviewService {

    private final Validator validator;
    private final StepQueue steps;
    private final PanelCheck panels;

    InterviewService(Validator validator, StepQueue steps, PanelCheck panels) {
        this.validator = validator;
        this.steps = steps;
        this.panels = panels;
    }

    /**
     * Every rule the request breaks, field by field; empty when it can be scheduled. Only the request itself is
     * checked — Google is not called: whether the calendar allows Google Meet is settled by the first step.
     */
    public List<FieldProblem> problemsWith(NewInterview request) {
        return validator.validate(request).stream()
                .map(FieldProblem::of)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }

    /** Stores the interview as SCHEDULING; the background worker creates both events. */
    public Interview schedule(NewInterview request, Actor actor) {
        return schedule(request, null, actor).interview();
    }

    /** The interview of a request, and whether an earlier request with the same Idempotency-Key made it. */
    public record Scheduled(Interview interview, boolean replayed) {
    }

    /**
     * Schedules once per Idempotency-Key: the same key with the same request returns the interview the first
     * request made (even when both arrive at once); the same key with another request is refused.
     */
    public Scheduled schedule(NewInterview request, String idempotencyKey, Actor actor) {
        if (idempotencyKey == null) {
            return new Scheduled(store(request, null, null, actor), false);
        }
        String hash = hash(request);
        Optional<Scheduled> earlier = replay(idempotencyKey, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return new Scheduled(store(request, idempotencyKey, hash, actor), false);
        } catch (RuntimeException e) {
            // Another request with this key won the race to store; answer with what it stored.
            return replay(idempotencyKey, hash).orElseThrow(() -> e);
        }
    }

    private Optional<Scheduled> replay(String key, String hash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            IdempotencyKey found = IdempotencyKey.findById(key);
            if (found == null) {
                return Optional.<Scheduled>empty();
            }
            if (!found.requestHash.equals(hash)) {
                throw new IdempotencyConflictException(key);
            }
            return Optional.of(new Scheduled(Interview.findById(found.interviewId), true));
        });
    }

    private static String hash(NewInterview request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Interview store(NewInterview asked, String idempotencyKey, String hash, Actor actor) {
        List<FieldProblem> problems = problemsWith(asked);
        if (!problems.isEmpty()) {
            throw new InvalidInterviewException(problems);
        }
        boolean candidatePicks = asked.candidateChooses() != null;
        if (candidatePicks && asked.pool() != null) {
            throw new InvalidInterviewException(List.of(new FieldProblem("pool",
                    "cannot be combined with candidateChooses yet: name the interviewers")));
        }
        // Google is asked first, outside any transaction; the check itself runs under the locks (PanelCheck)
        PanelCheck.Calendars calendars = candidatePicks || asked.pool() == null && asked.conflictsAllowed() ? null
                : asked.pool() != null ? panels.readPool(asked.pool().name(), asked.start(), asked.durationMinutes())
                : panels.read(asked.interviewers(), asked.start(), asked.durationMinutes());
        Interview scheduled = QuarkusTransaction.requiringNew().call(() -> {
            // seated and stored in one transaction, everyone's lock held: no other booking takes them meanwhile
            PanelCheck.Panel seated = candidatePicks ? new PanelCheck.Panel(asked.interviewers(), null) : seat(asked, calendars);
            NewInterview request = asked.withPanel(seated.seats());
            List<FieldProblem> panelProblems = problemsWith(request);
            if (!panelProblems.isEmpty()) {
                throw new InvalidInterviewException(panelProblems);
            }
            Interview interview = new Interview();
            interview.title = request.title().strip();
            interview.candidateName = request.candidate().name().strip();
            interview.candidateEmail = request.candidate().email().strip();
            interview.candidateTimeZone = request.candidate().timeZone();
            interview.recruiterTimeZone = request.recruiterTimeZone() == null ? ZoneOffset.UTC.getId() : request.recruiterTimeZone();
            interview.start = request.start();
            interview.durationMinutes = request.durationMinutes();
            interview.interviewerNotes = blankToNull(request.interviewerNotes());
            request.interviewers().forEach(i -> interview.addInterviewer(i.name().strip(), i.email().strip()));
            if (seated.shadow() != null) {
                interview.addInterviewer(seated.shadow().name().strip(), seated.shadow().email().strip(), true);
            }
            interview.poolName = asked.pool() == null ? null : asked.pool().name();
            interview.createdBy = actor.name();
            if (candidatePicks) {
                NewInterview.CandidateChooses window = asked.candidateChooses();
                interview.awaitCandidate(window.from(), window.to(), window.optionCount(), CandidateActions.newToken());
            } else {
                interview.schedule();
            }
            interview.persist();
            StepLogEntry.recordAction(interview.id, StepLogEntry.Action.SCHEDULE, actor.name(), candidatePicks
                    ? "The candidate chooses the time on their link" : asked.pool() == null ? null
                    : "Panel from the pool " + asked.pool().name() + ": " + String.join(", ", interview.interviewers.stream()
                    .map(i -> i.name + (i.shadow ? " (shadow)" : "")).toList()));
            if (idempotencyKey != null) {
                IdempotencyKey key = new IdempotencyKey();
                key.key = idempotencyKey;
                key.requestHash = hash;
                key.interviewId = interview.id;
                key.createdAt = Instant.now();
                key.persist();
            }
            if (!candidatePicks) {
                steps.enqueue(interview);
            }
            return interview;
        });
        return scheduled;
    }

    /**
     * The panel to seat: drawn from the pool when one is asked for (free members, the least loaded first); a named
     * panel is checked against everyone's calendar, hours and limits unless the request allows conflicts. Everyone
     * who could sit, and the candidate, stay locked until the caller's transaction ends ({@link PersonLocks}).
     *
     * @param calendars what was read of everyone's calendars before; null when conflicts are allowed
     */
    private PanelCheck.Panel seat(NewInterview request, PanelCheck.Calendars calendars) {
        List<String> people = new ArrayList<>(request.pool() != null ? calendars.people()
                : request.interviewers().stream().map(NewInterview.Interviewer::email).toList());
        people.add(request.candidate().email());
        PersonLocks.hold(people);
        if (request.pool() != null) {
            return calendars.choose(request.pool(), request.candidate(), request.start(), request.durationMinutes());
        }
        if (!request.conflictsAllowed()) {
            List<Conflict> conflicts = calendars.conflicts(request.interviewers(), request.candidate(), request.start(),
                    request.durationMinutes(), null);
            if (!conflicts.isEmpty()) {
                throw new ConflictException("This time does not suit everyone: " + describe(conflicts) + ".", conflicts);
            }
        }
        return new PanelCheck.Panel(request.interviewers(), null);
    }

    private static String describe(List<Conflict> conflicts) {
        return String.join("; ", conflicts.stream().map(c -> c.name() + " (" + c.email() + "): " + c.reason()).toList());
    }

    /** These interviews, their panels read in the same query; ids not found are left out, the order is not kept. */
    public List<Interview> all(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : Interview.list("from Interview i left join fetch i.interviewers where i.id in ?1", ids);
    }

    public Interview get(UUID id) {
        Interview interview = Interview.findById(id);
        if (interview == null) {
            throw new InterviewNotFoundException(id);
        }
        return interview;
    }

    /**
     * Cancels: the interview becomes CANCELLED at once and the background worker deletes both events, telling every
     * guest. Cancelling a cancelled interview changes nothing.
     */
    public void cancel(UUID id, Actor actor) {
        QuarkusTransaction.requiringNew().run(() -> {
            Interview interview = locked(id);
            if (interview.cancel()) {
                StepLogEntry.recordAction(id, StepLogEntry.Action.CANCEL, actor.name(), null);
                steps.enqueue(interview);
            }
        });
    }

    /**
     * Changes a scheduled interview — its time, length, title, notes or panel — and brings both events in line in the
     * background: Google tells each side what it sees change (added interviewers get an invitation, removed ones a
     * cancellation; the candidate only hears of a new time or title), the conference stays. A change to an interview
     * that needs attention also puts its events back. Whoever's time is new to them (everyone at a new time, added
     * interviewers else) is checked and the change stored with their lock held ({@link PersonLocks}).
     *
     * @return false when nothing differs: then nothing is stored, queued or sent
     */
    public boolean change(UUID id, InterviewChanges changes, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>(validator.validate(changes).stream().map(FieldProblem::of).toList());
        if (changes.isEmpty()) {
            problems.add(new FieldProblem("body", "give what to change: start, durationMinutes, title, interviewerNotes or interviewers"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInterviewException(problems);
        }
        PanelCheck.Calendars calendars = changes.conflictsAllowed() ? null : readFor(id, changes);
        return QuarkusTransaction.requiringNew().call(() -> {
            Interview interview = locked(id);
            List<NewInterview.Interviewer> panel = changes.interviewers() == null ? interview.panel() : changes.interviewers();
            List<FieldProblem> breaches = NewInterview.breaches(changes.title() == null ? interview.title : changes.title(),
                    interview.candidateEmail, panel).stream()
                    .map(b -> new FieldProblem(b.seat() == null ? "title" : "interviewers[" + b.seat() + "].email", b.message()))
                    .toList();
            if (!breaches.isEmpty()) {
                throw new InvalidInterviewException(breaches);
            }
            Instant start = changes.start() == null ? interview.start : changes.start();
            int minutes = changes.durationMinutes() == null ? interview.durationMinutes : changes.durationMinutes();
            if (changes.isTimeOnly() && interview.isAt(start, minutes)) {
                return false; // a move to where it already is (or is being put), even while its events are made
            }
            if (!changes.conflictsAllowed() && interview.canChange()) {
                List<NewInterview.Interviewer> newToIt = interview.isAt(start, minutes) ? added(interview, panel) : panel;
                if (!newToIt.isEmpty() && calendars == null) {
                    throw new ConflictException("The interview changed while this change was checked; please try again.", List.of());
                }
                List<Conflict> conflicts = newToIt.isEmpty() ? List.of()
                        : PersonLocks.conflictsAt(calendars, interview, newToIt, start, minutes);
                if (!conflicts.isEmpty()) {
                    throw new ConflictException("The change does not suit everyone: " + describe(conflicts) + ".", conflicts);
                }
            }
            boolean putBack = interview.isAttentionNeeded();
            List<String> changed = interview.change(changes);
            if (changed.isEmpty() && !putBack) {
                return false; // nothing differs: no step, nobody told
            }
            StepLogEntry.recordAction(id, changes.isTimeOnly() ? StepLogEntry.Action.MOVE : StepLogEntry.Action.CHANGE, actor.name(),
                    changed.isEmpty() ? "nothing differed; the events are put back as the interview says" : String.join("; ", changed));
            steps.enqueue(interview);
            return true;
        });
    }

    /**
     * Reads, before any lock, the calendars a change will be checked against: everyone on the panel before and after
     * it, at the time it asks for; null when it needs none (a move to where the interview is already, an interview that
     * cannot change now).
     */
    private PanelCheck.Calendars readFor(UUID id, InterviewChanges changes) {
        Interview interview = QuarkusTransaction.requiringNew().call(() -> {
            Interview found = get(id);
            found.interviewers.size(); // the panel is read after this transaction
            return found;
        });
        Instant start = changes.start() == null ? interview.start : changes.start();
        int minutes = changes.durationMinutes() == null ? interview.durationMinutes : changes.durationMinutes();
        if (start == null || !interview.canChange() || changes.isTimeOnly() && interview.isAt(start, minutes)) {
            return null; // nothing will be checked against Google
        }
        List<NewInterview.Interviewer> people = new ArrayList<>(interview.panel());
        if (changes.interviewers() != null) {
            people.addAll(changes.interviewers());
        }
        return panels.read(people, start, minutes);
    }

    /** The people of this panel not seated on the interview yet. */
    private static List<NewInterview.Interviewer> added(Interview interview, List<NewInterview.Interviewer> panel) {
        Set<String> seated = new HashSet<>();
        interview.interviewers.forEach(seat -> seated.add(seat.email.toLowerCase(Locale.ROOT)));
        return panel.stream().filter(person -> !seated.contains(person.email().strip().toLowerCase(Locale.ROOT))).toList();
    }

    /** Tries a failed interview again with new events and a new conference request. */
    public void retry(UUID id, Actor actor) {
        QuarkusTransaction.requiringNew().run(() -> {
            Interview interview = locked(id);
            interview.retry();
            StepLogEntry.recordAction(id, StepLogEntry.Action.RETRY, actor.name(), null);
            steps.enqueue(interview);
        });
    }

    private static Interview locked(UUID id) {
        Interview interview = Interview.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (interview == null) {
            throw new InterviewNotFoundException(id);
        }
        return interview;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
