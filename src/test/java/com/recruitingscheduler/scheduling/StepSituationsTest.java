package com.recruitingscheduler.scheduling;

import com.recruitingscheduler.calendar.CalendarEvent;
import com.recruitingscheduler.calendar.CalendarException;
import com.recruitingscheduler.calendar.RetryPolicy;
import com.recruitingscheduler.conference.ConferenceData;
import com.recruitingscheduler.conference.ConferenceSolution;
import com.recruitingscheduler.conference.CreateRequest;
import com.recruitingscheduler.conference.EntryPoint;
import com.recruitingscheduler.conference.SolutionType;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.interview.InterviewStatus;
import com.recruitingscheduler.interview.Step;
import com.recruitingscheduler.support.UnsavedInterview;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a step does next in each situation Google's answer puts it in — the reads while a conference is pending, the
 * candidate's copy, the invitations, the updates, the removal, the errors — and that the outcomes, applied in order,
 * walk an interview from SCHEDULING to SCHEDULED. Plain Java over an in-memory calendar; no app.
 */
class StepSituationsTest {

    private static final ConferenceSolution MEET = new ConferenceSolution(SolutionType.HANGOUTS_MEET, "Google Meet", null,
            "abc-defg-hij", List.of(EntryPoint.video("https://meet.google.com/abc-defg-hij", "meet.google.com/abc-defg-hij")),
            null, "sig");

    /** The in-memory calendar of StepDecisionsTest, with events to find and updates that say whether they wrote. */
    static final class Calendar extends StepDecisionsTest.InMemoryCalendar {
        Optional<CalendarEvent> found = Optional.empty();
        boolean updateWrites = true;
        final List<String> updated = new ArrayList<>();
        final List<String> deleted = new ArrayList<>();

        @Override
        public Optional<CalendarEvent> find(String eventId) { return found; }

        @Override
        public boolean update(CalendarEvent wanted) {
            updated.add(wanted.id());
            return updateWrites;
        }

        @Override
        public void delete(String eventId) { deleted.add(eventId); }
    }

    private final Calendar calendar = new Calendar();
    private ConferenceSteps conferences;
    private final EventSteps events = new EventSteps(calendar);
    private final CalendarFailures failures = new CalendarFailures(new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60)), 3);
    private Interview interview;

    @BeforeEach
    void interview() {
        conferences = new ConferenceSteps(calendar, TestSchedulingConfig.CONFIG);
        interview = UnsavedInterview.withIvan();
        interview.addInterviewer("Ines", "ines@corp.example");
        interview.schedule();
    }

    /** The interviewers' event as Google holds it, carrying {@code conference}. */
    private CalendarEvent interviewersEvent(ConferenceData conference, String status) {
        CalendarEvent written = InterviewEvents.forInterviewers(interview, conference);
        return new CalendarEvent(written.id(), status, written.summary(), written.description(), written.start(), written.end(),
                written.guests(), written.guestsCanSeeOtherGuests(), written.guestsCanInviteOthers(), written.visibility(),
                written.privateProperties(), conference, "https://calendar/" + written.id());
    }

    private static ConferenceData withStatus(CreateRequest.Status status, ConferenceSolution solution) {
        return new ConferenceData(new CreateRequest("r", SolutionType.HANGOUTS_MEET, status), solution,
                solution == null ? null : "{\"conferenceId\":\"abc-defg-hij\"}");
    }

    @Test
    void whileAConferenceIsPendingEachReadDecidesFromWhatGoogleSays() {
        assertThat(conferences.awaitConference(interview)).as("the event is gone").isInstanceOfSatisfying(StepOutcome.Failed.class,
                f -> assertThat(f.detail()).contains("deleted"));
        calendar.found = Optional.of(interviewersEvent(withStatus(CreateRequest.Status.SUCCESS, MEET), "cancelled"));
        assertThat(conferences.awaitConference(interview)).as("the event is cancelled").isInstanceOf(StepOutcome.Failed.class);

        calendar.found = Optional.of(interviewersEvent(withStatus(CreateRequest.Status.PENDING, null), "confirmed"));
        assertThat(conferences.awaitConference(interview)).isInstanceOf(StepOutcome.ConferencePending.class);
        calendar.found = Optional.of(interviewersEvent(withStatus(CreateRequest.Status.FAILURE, null), "confirmed"));
        assertThat(conferences.awaitConference(interview)).isInstanceOfSatisfying(StepOutcome.Failed.class,
                f -> assertThat(f.detail()).contains("Nobody was invited"));
        calendar.found = Optional.of(interviewersEvent(withStatus(CreateRequest.Status.SUCCESS, null), "confirmed"));
        assertThat(conferences.awaitConference(interview)).as("success with no way to join")
                .isInstanceOfSatisfying(StepOutcome.Failed.class, f -> assertThat(f.detail()).contains("no way to join"));
        calendar.found = Optional.of(interviewersEvent(null, "confirmed"));
        assertThat(conferences.awaitConference(interview)).as("the request ignored").isInstanceOf(StepOutcome.Failed.class);
        calendar.found = Optional.of(interviewersEvent(withStatus(CreateRequest.Status.SUCCESS, MEET), "confirmed"));
        assertThat(conferences.awaitConference(interview)).isInstanceOf(StepOutcome.ConferenceReady.class);
    }

    @Test
    void theCandidatesEventCarriesTheCopyAndNoInterviewerAndAnotherOnesIdIsNotOurs() {
        interview.conferenceReady("https://calendar/i", new ConferenceData(null, MEET, "{\"conferenceId\":\"abc-defg-hij\"}"));
        calendar.answer = e -> new CalendarEvent(e.id(), "confirmed", e.summary(), e.description(), e.start(), e.end(), e.guests(),
                e.guestsCanSeeOtherGuests(), e.guestsCanInviteOthers(), e.visibility(), e.privateProperties(), e.conference(),
                "https://calendar/" + e.id());
        assertThat(conferences.createCandidateEvent(interview)).isInstanceOf(StepOutcome.CandidateEventCreated.class);
        CalendarEvent written = calendar.inserted.get(0);
        assertThat(written.id()).isEqualTo(interview.candidateEventId);
        assertThat(written.guests()).isEmpty();
        assertThat(written.summary() + " " + written.description()).doesNotContain("Ivan").doesNotContain("Ines");

        calendar.answer = e -> new CalendarEvent(e.id(), "confirmed", "Dentist", null, e.start(), e.end(), List.of(), true, true,
                "default", java.util.Map.of(), null, null);
        assertThat(conferences.createCandidateEvent(interview)).isInstanceOfSatisfying(StepOutcome.EventIdTaken.class,
                taken -> assertThat(taken.interviewersSide()).isFalse());
    }

    @Test
    void invitationsGoToEachSideOnItsOwnEvent() {
        assertThat(events.inviteCandidate(interview)).isInstanceOf(StepOutcome.CandidateInvited.class);
        assertThat(calendar.invited).containsExactly("cora@candidates.example");
        assertThat(events.inviteInterviewers(interview)).isInstanceOfSatisfying(StepOutcome.InterviewersInvited.class,
                invited -> assertThat(invited.count()).isEqualTo(2));
        assertThat(calendar.invited).containsExactly("cora@candidates.example", "ivan@corp.example", "ines@corp.example");
    }

    @Test
    void anUpdateSaysWhetherGoogleToldAnyoneAndARemovalDeletesBothEvents() {
        assertThat(events.updateInterviewerEvent(interview)).isInstanceOfSatisfying(StepOutcome.InterviewerEventUpdated.class,
                u -> assertThat(u.detail()).contains("2 interviewers").contains("told the interviewers"));
        calendar.updateWrites = false;
        assertThat(events.updateCandidateEvent(interview)).isInstanceOfSatisfying(StepOutcome.CandidateEventUpdated.class,
                u -> assertThat(u.detail()).contains("the candidate was not told"));
        assertThat(calendar.updated).containsExactly(interview.interviewerEventId, interview.candidateEventId);

        assertThat(events.removeEvents(interview)).isInstanceOf(StepOutcome.EventsRemoved.class);
        assertThat(calendar.deleted).containsExactlyInAnyOrder(interview.interviewerEventId, interview.candidateEventId);
    }

    @Test
    void aRateLimitRetriesLaterCountingTowardsTheLimitAndARefusalDoesNot() {
        CalendarException limited = new CalendarException(429, "rateLimitExceeded", "Too Many Requests", null);
        assertThat(failures.outcome(interview, Step.INVITE_INTERVIEWERS, limited)).isInstanceOfSatisfying(StepOutcome.Retry.class,
                retry -> {
                    assertThat(retry.countsAsFailure()).isTrue();
                    assertThat(retry.at()).isAfter(Instant.now());
                });
        CalendarException badRequest = new CalendarException(400, "invalid", "Invalid conference type value.", null);
        assertThat(failures.outcome(interview, Step.CREATE_INTERVIEWER_EVENT, badRequest)).isInstanceOf(StepOutcome.Failed.class);
        assertThat(failures.outcome(interview, Step.UPDATE_INTERVIEWER_EVENT, badRequest)).isInstanceOf(StepOutcome.NeedsAttention.class);
    }

    @Test
    void theOutcomesAppliedInOrderScheduleTheInterview() {
        List<StepOutcome> outcomes = List.of(
                new StepOutcome.ConferencePending("https://calendar/i", Duration.ofSeconds(1), "pending"),
                new StepOutcome.ConferenceReady("https://calendar/i", new ConferenceData(null, MEET, "{}"), "ready"),
                new StepOutcome.CandidateEventCreated("https://calendar/c"),
                new StepOutcome.CandidateInvited(),
                new StepOutcome.InterviewersInvited(2));
        List<Step> steps = new ArrayList<>();
        for (StepOutcome outcome : outcomes) {
            outcome.applyTo(interview);
            steps.add(interview.nextStep);
        }
        assertThat(steps).containsExactly(Step.AWAIT_CONFERENCE, Step.CREATE_CANDIDATE_EVENT, Step.INVITE_CANDIDATE,
                Step.INVITE_INTERVIEWERS, null);
        assertThat(interview.status).isEqualTo(InterviewStatus.SCHEDULED);
        assertThat(interview.showsJoinCard()).isTrue();
    }
}
