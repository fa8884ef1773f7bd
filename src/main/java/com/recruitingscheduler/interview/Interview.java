package com.recruitingscheduler.interview;

import com.recruitingscheduler.conference.ConferenceData;
import com.recruitingscheduler.conference.ConferenceSolution;
import com.recruitingscheduler.conference.EntryPoint;
import com.recruitingscheduler.conference.SolutionType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * An interview, the pairing of its two calendar events — the interviewers' and the candidate's, which share one
 * conference — and the one home of its lifecycle: every change of {@code status} and of the step still to do happens
 * in a method of this class, each allowed by the one table of which status may follow which ({@link StatusChange}),
 * and pages ask its questions ({@link #canChange()}, {@link #showsJoinCard()}, …).
 *
 * <pre>
 *  status           step still to do (in order)                               leads to
 *  AWAITING_CANDIDATE  none (nothing in Google)    candidateChose             → SCHEDULING
 *  SCHEDULING       CREATE_INTERVIEWER_EVENT   (no guests; conference asked)  conference pending → AWAIT_CONFERENCE
 *                   AWAIT_CONFERENCE           (re-read until success)        ready → CREATE_CANDIDATE_EVENT
 *                   CREATE_CANDIDATE_EVENT     (no guests; conference copied) kept → INVITE_CANDIDATE
 *                   INVITE_CANDIDATE           (e-mail with the join link)    → INVITE_INTERVIEWERS
 *                   INVITE_INTERVIEWERS        (e-mail with the join link)    → SCHEDULED
 *                   any step fails for good                                   → FAILED
 *  SCHEDULED        none                       change → UPDATE_INTERVIEWER_EVENT → UPDATE_CANDIDATE_EVENT → none
 *                                              drift found / update failed    → NEEDS_ATTENTION
 *  NEEDS_ATTENTION  none                       change puts both events back   → SCHEDULED (updating)
 *  FAILED           REMOVE_EVENTS → none       retry                          → SCHEDULING (new attempt)
 *  CANCELLED        REMOVE_EVENTS → none       (final)
 *  every status but CANCELLED: cancel → CANCELLED with REMOVE_EVENTS
 * </pre>
 *
 * No guest is e-mailed before both events carry the conference, so a failed conference or a dropped copy e-mails
 * nobody. A transient Calendar error keeps the status and plans the same step again later.
 */
@Entity
public class Interview extends PanacheEntityBase {

    /** How many panels one query loads. */
    private static final int PANELS_AT_ONCE = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    public UUID id;

    public String title;
    public String candidateName;
    public String candidateEmail;
    public String candidateTimeZone;
    public String recruiterTimeZone;
    @Column(name = "start_at")
    public Instant start;
    public int durationMinutes;
    public String interviewerNotes;

    @Enumerated(EnumType.STRING)
    public InterviewStatus status;
    public String failureReason;
    /** What differs between this interview and its events in Google Calendar (status NEEDS_ATTENTION). */
    public String attention;
    public int attempt;

    /** The conference type asked for: Google Meet, the only one API clients can create. */
    public String requestedSolutionType;
    public String conferenceRequestId;
    public String interviewerEventId;
    public String candidateEventId;
    /** Where the organizer opens each event in Google Calendar. */
    public String interviewerEventLink;
    public String candidateEventLink;

    /** The conference as the pages show it; {@link #conferenceData} is what is copied. */
    public String conferenceId;
    public String solutionType;
    public String solutionName;
    public String iconUri;
    public String conferenceNotes;
    public String conferenceSignature;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<EntryPoint> entryPoints;
    /** The whole conferenceData Google returned for the interviewers' event, verbatim (JSON). */
    public String conferenceData;

    @Enumerated(EnumType.STRING)
    public Step nextStep;
    public Instant nextStepAt;
    /** Identifies the planned step; the durable task that runs it carries the same token. */
    public String stepToken;
    public int conferencePolls;
    public int stepFailures;
    /** Why the step still to do is waiting (a failure it will retry, or a pause of the organizer's writes). */
    public String lastError;

    public Instant createdAt;
    /** While the candidate chooses: the window the offered times lie in, and how many are offered. */
    public Instant chooseFrom;
    public Instant chooseTo;
    public Integer chooseOptions;
    /** The candidate's link (choose, move, cancel): 256 random bits, URL-safe. */
    public String schedulingToken;
    public int candidateMoves;
    /** Why the candidate cancelled, if they said. */
    public String cancelReason;
    /** Who scheduled it: a recruiter's e-mail, or {@code api-key:<name>}. */
    public String createdBy;
    /** The pool the panel was drawn from, if it was. */
    public String poolName;
    public Instant updatedAt;
    /** What the list's search looks in (role, candidate, panel), lower case; kept by {@link #touch()}. */
    public String searchText;
    /** The panel as the list shows it ("Ada Chen, Ben Ito (shadow)"); kept by {@link #touch()}. */
    public String panelNames;
    @Version
    public long version;

    @OneToMany(mappedBy = "interview", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = PANELS_AT_ONCE) // one query loads the panels of a whole page
    public List<Interviewer> interviewers = new ArrayList<>();

    /** Scheduled interviews still to come with no step under way: the ones to compare with Google Calendar. */
    public static List<Interview> settledUpcoming() {
        return list("status = ?1 and nextStep is null and start > ?2", InterviewStatus.SCHEDULED, Instant.now());
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
        describeForLists();
    }

    /**
     * The texts the lists read instead of the panel rows: kept at every write, and at once when the panel changes
     * (a change to the panel alone would not make this entity dirty, so {@link #touch()} would not run).
     */
    private void describeForLists() {
        searchText = ListText.searchText(this);
        panelNames = ListText.panelNames(this);
    }

    public void addInterviewer(String name, String email) {
        addInterviewer(name, email, false);
    }

    /** Seats a person on the panel; a shadow (a trainee) sits in, invited like the others, but not counted. */
    public void addInterviewer(String name, String email, boolean shadow) {
        Interviewer interviewer = new Interviewer();
        interviewer.interview = this;
        interviewer.position = interviewers.size();
        interviewer.name = name;
        interviewer.email = email;
        interviewer.shadow = shadow;
        interviewers.add(interviewer);
        describeForLists();
    }

    /** The end; null while the candidate has not chosen a time. */
    public Instant end() {
        return start == null ? null : start.plusSeconds(durationMinutes * 60L);
    }

    public ZonedDateTime startForCandidate() {
        return start == null ? null : start.atZone(ZoneId.of(candidateTimeZone));
    }

    public ZonedDateTime startForRecruiter() {
        return start == null ? null : start.atZone(ZoneId.of(recruiterTimeZone));
    }

    // ---- questions ----

    /** The interviewers' event is on the calendar (as far as this app knows). */
    public boolean hasInterviewerEvent() {
        return status == InterviewStatus.SCHEDULED || status == InterviewStatus.NEEDS_ATTENTION
                || (status == InterviewStatus.SCHEDULING && nextStep != Step.CREATE_INTERVIEWER_EVENT);
    }

    public boolean hasCandidateEvent() {
        return status == InterviewStatus.SCHEDULED || status == InterviewStatus.NEEDS_ATTENTION
                || (status == InterviewStatus.SCHEDULING && (nextStep == Step.INVITE_CANDIDATE || nextStep == Step.INVITE_INTERVIEWERS));
    }

    /** Background work is still under way (scheduling, moving, or removing events after a cancel or failure). */
    public boolean isBusy() {
        return nextStep != null;
    }

    public boolean isScheduling() {
        return status == InterviewStatus.SCHEDULING;
    }

    public boolean isFailed() {
        return status == InterviewStatus.FAILED;
    }

    public boolean isCancelled() {
        return status == InterviewStatus.CANCELLED;
    }

    public boolean isAttentionNeeded() {
        return status == InterviewStatus.NEEDS_ATTENTION;
    }

    /** Google is still creating the conference. */
    public boolean isWaitingForConference() {
        return nextStep == Step.CREATE_INTERVIEWER_EVENT || nextStep == Step.AWAIT_CONFERENCE;
    }

    /** Both events exist with the conference: the join card is true. */
    public boolean showsJoinCard() {
        return (status == InterviewStatus.SCHEDULED || status == InterviewStatus.NEEDS_ATTENTION) && conference() != null;
    }

    /**
     * A scheduled interview (or one needing attention) that no step is busy with, or whose events are only being
     * brought in line with an earlier change: its time, title, notes and panel may change.
     */
    public boolean canChange() {
        return (status == InterviewStatus.SCHEDULED || status == InterviewStatus.NEEDS_ATTENTION)
                && (nextStep == null || nextStep == Step.UPDATE_INTERVIEWER_EVENT || nextStep == Step.UPDATE_CANDIDATE_EVENT);
    }

    /** The panel as a request names it, in seat order. */
    public List<NewInterview.Interviewer> panel() {
        return interviewers.stream().map(seat -> new NewInterview.Interviewer(seat.name, seat.email)).toList();
    }

    public boolean canCancel() {
        return status != InterviewStatus.CANCELLED;
    }

    /** Failed, and the events of the failed attempt are removed. */
    public boolean canRetry() {
        return status == InterviewStatus.FAILED && nextStep == null;
    }

    /** The conference both events carry, or null while there is none. */
    public ConferenceSolution conference() {
        if (solutionType == null || entryPoints == null || entryPoints.isEmpty()) {
            return null;
        }
        return new ConferenceSolution(SolutionType.requireKey(solutionType), solutionName, iconUri, conferenceId,
                entryPoints, conferenceNotes, conferenceSignature);
    }

    /** The interviewers' conference as Google sent it, to copy into the candidate's event. */
    public ConferenceData conferenceToCopy() {
        return ConferenceData.copyOf(conference(), conferenceData);
    }

    // ---- transitions asked for by people ----

    /** A new interview whose candidate picks the time on their link: nothing is asked of Google until they do. */
    public void awaitCandidate(Instant from, Instant to, int options, String token) {
        InterviewStatus next = StatusChange.AWAIT_CANDIDATE.after(status);
        prepareAttempt(); // the event ids and the conference request are chosen now; nothing is due until the choice
        status = next;
        chooseFrom = from;
        chooseTo = to;
        chooseOptions = options;
        schedulingToken = token;
        planStep(null, null);
    }

    /** The candidate picked a time: the interview is scheduled as any other from here. */
    public void candidateChose(Instant chosen) {
        if (status != InterviewStatus.AWAITING_CANDIDATE) {
            throw new InterviewStateException("The time is chosen already.");
        }
        InterviewStatus next = StatusChange.CANDIDATE_CHOSE.after(status);
        start = chosen;
        prepareAttempt();
        status = next;
    }

    /** The candidate moved their interview once more. */
    public void movedByCandidate(Instant newStart) {
        change(InterviewChanges.time(newStart, null, null));
        candidateMoves++;
    }

    public boolean isAwaitingCandidate() {
        return status == InterviewStatus.AWAITING_CANDIDATE;
    }

    /**
     * Whether the candidate's link still opens: while they may choose (the window not passed), and after that until
     * the interview has ended — never once it is cancelled or failed.
     */
    public boolean linkIsLive(Instant now) {
        if (schedulingToken == null || status == InterviewStatus.FAILED) {
            return false;
        }
        if (status == InterviewStatus.CANCELLED) {
            return start != null && now.isBefore(end()); // to show the cancellation to the candidate
        }
        return isAwaitingCandidate() ? now.isBefore(chooseTo) : start != null && now.isBefore(end());
    }

    /** A new interview: stored as SCHEDULING, its first step due now. */
    public void schedule() {
        InterviewStatus next = StatusChange.SCHEDULE.after(status);
        prepareAttempt();
        status = next;
    }

    /** The first attempt's event ids and conference request, and its first step. */
    private void prepareAttempt() {
        id = id == null ? UUID.randomUUID() : id;
        requestedSolutionType = SolutionType.HANGOUTS_MEET.key();
        beginAttempt(1);
    }

    /** Cancels: both events are removed next (removing what does not exist changes nothing). False when already so. */
    public boolean cancel() {
        if (status == InterviewStatus.CANCELLED) {
            return false;
        }
        boolean inGoogle = status != InterviewStatus.AWAITING_CANDIDATE;
        status = StatusChange.CANCEL.after(status);
        stepFailures = 0;
        lastError = null;
        planStep(inGoogle ? Step.REMOVE_EVENTS : null, Instant.now());
        return true;
    }

    /**
     * Changes the time, length, title, notes or panel — what {@code changes} gives — and plans bringing both events in
     * line (the interviewers' first, then the candidate's; each side is told only of what it sees change, the
     * conference stays). People who stay on the panel keep their seat (a shadow stays a shadow).
     *
     * @return what changed, in words for the history; empty when nothing differs — then nothing is planned, unless the
     * interview needs attention: a change to what it already is puts its events back as the app wants them
     */
    public List<String> change(InterviewChanges changes) {
        if (!canChange()) {
            throw new InterviewStateException("Only a scheduled interview can be changed; this one is "
                    + status.label.toLowerCase() + (isBusy() ? " and busy" : "") + ".");
        }
        List<String> changed = new ArrayList<>();
        if ((changes.start() != null && !changes.start().equals(start))
                || (changes.durationMinutes() != null && changes.durationMinutes() != durationMinutes)) {
            start = changes.start() == null ? start : changes.start();
            durationMinutes = changes.durationMinutes() == null ? durationMinutes : changes.durationMinutes();
            changed.add("to " + start + " UTC, " + durationMinutes + " minutes");
        }
        if (changes.title() != null && !changes.title().strip().equals(title)) {
            title = changes.title().strip();
            changed.add("role " + title);
        }
        String notes = changes.interviewerNotes() == null ? interviewerNotes
                : changes.interviewerNotes().isBlank() ? null : changes.interviewerNotes();
        if (!Objects.equals(notes, interviewerNotes)) {
            interviewerNotes = notes;
            changed.add(notes == null ? "notes removed" : "notes changed");
        }
        if (changes.interviewers() != null) {
            seat(changes.interviewers()).ifPresent(changed::add);
        }
        if (changed.isEmpty() && status != InterviewStatus.NEEDS_ATTENTION) {
            return changed;
        }
        status = StatusChange.CHANGE.after(status);
        attention = null;
        stepFailures = 0;
        lastError = null;
        planStep(Step.UPDATE_INTERVIEWER_EVENT, Instant.now());
        describeForLists();
        return changed;
    }

    /** Seats this panel in this order: the people kept keep their seat, the others are added or leave. */
    private Optional<String> seat(List<NewInterview.Interviewer> panel) {
        Map<String, Interviewer> seated = new HashMap<>();
        interviewers.forEach(seat -> seated.put(seat.email.toLowerCase(Locale.ROOT), seat));
        List<String> added = new ArrayList<>();
        boolean rewritten = false; // someone who stays has another seat, or their name or e-mail is written otherwise
        List<Interviewer> next = new ArrayList<>();
        for (NewInterview.Interviewer person : panel) {
            Interviewer seat = seated.remove(person.email().strip().toLowerCase(Locale.ROOT));
            if (seat == null) {
                seat = new Interviewer();
                seat.interview = this;
                added.add(person.name().strip());
            } else {
                rewritten |= seat.position != next.size() || !seat.name.equals(person.name().strip())
                        || !seat.email.equals(person.email().strip());
            }
            seat.position = next.size();
            seat.name = person.name().strip();
            seat.email = person.email().strip();
            next.add(seat);
        }
        List<String> removed = seated.values().stream().sorted(Comparator.comparingInt(s -> s.position)).map(s -> s.name).toList();
        if (added.isEmpty() && removed.isEmpty() && !rewritten) {
            return Optional.empty();
        }
        interviewers.removeIf(seat -> !next.contains(seat));
        next.stream().filter(seat -> !interviewers.contains(seat)).forEach(interviewers::add);
        interviewers.sort(Comparator.comparingInt(seat -> seat.position));
        StringJoiner words = new StringJoiner("; ", "panel: ", "");
        words.setEmptyValue("panel: names or order changed");
        if (!added.isEmpty()) {
            words.add("added " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            words.add("removed " + String.join(", ", removed));
        }
        return Optional.of(words.toString());
    }

    /**
     * Whether the interview already stands (or is being put) at this start and length, its events as they should be:
     * moving it there would change nothing. One that needs attention is not: a move there puts its events back.
     */
    public boolean isAt(Instant otherStart, int otherMinutes) {
        return (status == InterviewStatus.SCHEDULED || status == InterviewStatus.SCHEDULING)
                && start != null && start.equals(otherStart) && durationMinutes == otherMinutes;
    }

    /** Tries a failed interview again with new events and a new conference request. */
    public void retry() {
        if (status != InterviewStatus.FAILED) {
            throw new InterviewStateException("Only a failed interview can be retried; this one is "
                    + status.label.toLowerCase() + ".");
        }
        if (nextStep != null) {
            throw new InterviewStateException("The events of the failed attempt are still being removed; retry in a moment.");
        }
        InterviewStatus next = StatusChange.RETRY.after(status);
        beginAttempt(attempt + 1);
        status = next;
    }

    // ---- transitions that background steps report ----

    /** Google has not finished the conference: read the event again after {@code wait}. */
    public void conferencePending(String eventLink, Duration wait) {
        interviewerEventLink = eventLink;
        conferencePolls++;
        planStep(Step.AWAIT_CONFERENCE, Instant.now().plus(wait));
    }

    /** The interviewers' event carries its conference: copy it into the candidate's event next. */
    public void conferenceReady(String eventLink, ConferenceData conference) {
        interviewerEventLink = eventLink;
        ConferenceSolution solution = conference.solution();
        conferenceId = solution.conferenceId();
        solutionType = solution.type().key();
        solutionName = solution.name();
        iconUri = solution.iconUri();
        conferenceNotes = solution.notes();
        conferenceSignature = solution.signature();
        entryPoints = new ArrayList<>(solution.entryPoints());
        conferenceData = conference.verbatim();
        planStep(Step.CREATE_CANDIDATE_EVENT, Instant.now());
    }

    /** The candidate's event carries the same conference: now the invitations can go out. */
    public void candidateEventCreated(String eventLink) {
        candidateEventLink = eventLink;
        planStep(Step.INVITE_CANDIDATE, Instant.now());
    }

    public void candidateInvited() {
        planStep(Step.INVITE_INTERVIEWERS, Instant.now());
    }

    /** Everyone has an invitation with the join link: the interview is scheduled. */
    public void interviewersInvited() {
        status = StatusChange.EVERYONE_INVITED.after(status);
        planStep(null, null);
    }

    public void interviewerEventUpdated() {
        planStep(Step.UPDATE_CANDIDATE_EVENT, Instant.now());
    }

    public void candidateEventUpdated() {
        planStep(null, null);
    }

    public void eventsRemoved() {
        planStep(null, null);
    }

    /** The events could not be removed; the recruiter is told, nothing more is tried. */
    public void removalFailed(String error) {
        lastError = "The events could not be removed: " + error;
        planStep(null, null);
    }

    /** FAILED with the reason; the events of this attempt are removed next, so no guest keeps a dead invite. */
    public void fail(String reason) {
        status = StatusChange.FAIL.after(status);
        failureReason = reason;
        planStep(Step.REMOVE_EVENTS, Instant.now());
    }

    /** The events and this interview disagree: the recruiter looks, and moves or cancels. */
    public void needsAttention(String problem) {
        status = StatusChange.ATTENTION_NEEDED.after(status);
        attention = problem;
        planStep(null, null);
    }

    /**
     * The same step again at {@code at}. A failure counts towards the step's limit; waiting for the request budget or
     * for a paused organizer does not. {@code why} is shown to the recruiter when not null.
     */
    public void retryStep(Instant at, boolean countsAsFailure, String why) {
        if (countsAsFailure) {
            stepFailures++;
        }
        lastError = why;
        planStep(nextStep, at);
    }

    /** The chosen event id is taken by an event that is not this interview's: choose another and try again now. */
    public void eventIdTaken(boolean interviewersSide) {
        if (interviewersSide) {
            interviewerEventId = newEventId();
        } else {
            candidateEventId = newEventId();
        }
        planStep(nextStep, Instant.now());
    }

    /** A step got an answer (or gave up): the next one starts with a clean slate. */
    public void stepAnswered() {
        stepFailures = 0;
        lastError = null;
    }

    /** Starts a (new) attempt: fresh event ids and a fresh conference request id, as Google ignores a reused one. */
    private void beginAttempt(int number) {
        attempt = number;
        interviewerEventId = newEventId();
        candidateEventId = newEventId();
        interviewerEventLink = null;
        candidateEventLink = null;
        conferenceRequestId = UUID.randomUUID().toString();
        conferenceId = null;
        solutionType = null;
        solutionName = null;
        iconUri = null;
        conferenceNotes = null;
        conferenceSignature = null;
        entryPoints = null;
        conferenceData = null;
        failureReason = null;
        conferencePolls = 0;
        stepFailures = 0;
        lastError = null;
        planStep(Step.CREATE_INTERVIEWER_EVENT, Instant.now());
    }

    /** Plans the next step (or none); a fresh token makes any task of an earlier plan stale. */
    private void planStep(Step step, Instant at) {
        nextStep = step;
        nextStepAt = step == null ? null : at;
        stepToken = step == null ? null : UUID.randomUUID().toString();
    }

    /**
     * A new event id: 128 random bits in base32hex (Google allows {@code a-v0-9}, 5–1024 characters). Ids reach the
     * guests (and Google's iCalUID derives from them), so nothing about one event's id tells the other's; the pairing
     * lives only in this row. The id is stored before the insert, so a retried insert meets the event it made.
     */
    static String newEventId() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        StringBuilder id = new StringBuilder(26);
        long buffer = 0;
        int held = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xff);
            held += 8;
            while (held >= 5) {
                held -= 5;
                id.append(Character.forDigit((int) (buffer >>> held) & 31, 32));
            }
        }
        if (held > 0) {
            id.append(Character.forDigit((int) (buffer << (5 - held)) & 31, 32));
        }
        return id.toString();
    }
}
