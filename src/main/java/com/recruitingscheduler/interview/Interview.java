package com.recruitingscheduler.interview;

import com.recruitingscheduler.conference.ConferenceSolution;
import com.recruitingscheduler.conference.EntryPoint;
import com.recruitingscheduler.conference.SolutionType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An interview and the pairing of its two calendar events: the interviewers' event and the candidate's event,
 * which share one conference. The row also holds the background step still to do.
 */
@Entity
public class Interview extends PanacheEntityBase {

    public static final int PAGE_SIZE = 50;

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

    /** The conference type asked for; null until the first step picks the calendar's preferred type. */
    public String requestedSolutionType;
    public String copyFromEventId;
    public String conferenceRequestId;
    public String interviewerEventId;
    public String candidateEventId;
    /** Where the organizer opens each event in Google Calendar. */
    public String interviewerEventLink;
    public String candidateEventLink;

    public String conferenceId;
    public String solutionType;
    public String solutionName;
    public String iconUri;
    public String conferenceNotes;
    public String conferenceSignature;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<EntryPoint> entryPoints;

    @Enumerated(EnumType.STRING)
    public Step nextStep;
    public Instant nextStepAt;
    /** Identifies the planned step; the durable task that runs it carries the same token. */
    public String stepToken;
    public int conferencePolls;
    public int stepFailures;
    public String lastError;

    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    @OneToMany(mappedBy = "interview", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = PAGE_SIZE) // one query loads the panels of a whole page
    public List<Interviewer> interviewers = new ArrayList<>();

    /** Upcoming interviews, those needing attention first. */
    public static PanacheQuery<Interview> upcoming(int page) {
        return find("start >= :now order by case when status = :attention then 0 else 1 end, start, id",
                Parameters.with("now", Instant.now()).and("attention", InterviewStatus.NEEDS_ATTENTION))
                .page(Page.of(page, PAGE_SIZE));
    }

    /** Scheduled interviews still to come with no step under way: the ones to compare with Google Calendar. */
    public static List<Interview> settledUpcoming() {
        return list("status = ?1 and nextStep is null and start > ?2", InterviewStatus.SCHEDULED, Instant.now());
    }

    public static PanacheQuery<Interview> past(int page) {
        return find("start < :now order by start desc, id", Parameters.with("now", Instant.now()))
                .page(Page.of(page, PAGE_SIZE));
    }

    public static PanacheQuery<Interview> all(int page) {
        return find("order by start desc, id").page(Page.of(page, PAGE_SIZE));
    }

    public void addInterviewer(String name, String email) {
        Interviewer interviewer = new Interviewer();
        interviewer.interview = this;
        interviewer.position = interviewers.size();
        interviewer.name = name;
        interviewer.email = email;
        interviewers.add(interviewer);
    }

    public Instant end() {
        return start.plusSeconds(durationMinutes * 60L);
    }

    public ZonedDateTime startForCandidate() {
        return start.atZone(ZoneId.of(candidateTimeZone));
    }

    public ZonedDateTime startForRecruiter() {
        return start.atZone(ZoneId.of(recruiterTimeZone));
    }

    /** The interviewers' event is on the calendar (as far as this app knows). */
    public boolean hasInterviewerEvent() {
        return status == InterviewStatus.SCHEDULED || status == InterviewStatus.NEEDS_ATTENTION
                || (status == InterviewStatus.SCHEDULING && nextStep != Step.CREATE_INTERVIEWER_EVENT);
    }

    public boolean hasCandidateEvent() {
        return status == InterviewStatus.SCHEDULED || status == InterviewStatus.NEEDS_ATTENTION;
    }

    /** Background work is still under way (scheduling, or removing events after a cancel or failure). */
    public boolean isBusy() {
        return nextStep != null;
    }

    public boolean isCopyingConference() {
        return copyFromEventId != null;
    }

    /** Starts a (new) attempt: fresh event ids and a fresh conference request id, as Google ignores a reused one. */
    void beginAttempt(int number) {
        attempt = number;
        interviewerEventId = eventId(id, 'i', number);
        candidateEventId = eventId(id, 'c', number);
        interviewerEventLink = null;
        candidateEventLink = null;
        conferenceRequestId = copyFromEventId == null ? UUID.randomUUID().toString() : null;
        recordConference(null);
        status = InterviewStatus.SCHEDULING;
        failureReason = null;
        lastError = null;
        conferencePolls = 0;
        stepFailures = 0;
        planStep(Step.CREATE_INTERVIEWER_EVENT, Instant.now());
    }

    /** Plans the next step (or none); a fresh token makes any task of an earlier plan stale. */
    void planStep(Step step, Instant at) {
        nextStep = step;
        nextStepAt = step == null ? null : at;
        stepToken = step == null ? null : UUID.randomUUID().toString();
    }

    /**
     * The event id this app chooses for one side of one attempt: base32hex (Google allows {@code a-v0-9}), derived
     * from the interview, so a retried insert meets the event it created before instead of making a second one.
     */
    static String eventId(UUID interviewId, char role, int attempt) {
        ByteBuffer bytes = ByteBuffer.allocate(16)
                .putLong(interviewId.getMostSignificantBits())
                .putLong(interviewId.getLeastSignificantBits());
        return "rs" + new BigInteger(1, bytes.array()).toString(32) + role + attempt;
    }

    /** The conference both events carry, or null while there is none. */
    public ConferenceSolution conference() {
        if (solutionType == null || entryPoints == null || entryPoints.isEmpty()) {
            return null;
        }
        return new ConferenceSolution(SolutionType.requireKey(solutionType), solutionName, iconUri, conferenceId,
                entryPoints, conferenceNotes, conferenceSignature);
    }

    void recordConference(ConferenceSolution conference) {
        conferenceId = conference == null ? null : conference.conferenceId();
        solutionType = conference == null ? null : conference.type().key();
        solutionName = conference == null ? null : conference.name();
        iconUri = conference == null ? null : conference.iconUri();
        conferenceNotes = conference == null ? null : conference.notes();
        conferenceSignature = conference == null ? null : conference.signature();
        entryPoints = conference == null ? null : new ArrayList<>(conference.entryPoints());
    }
}
