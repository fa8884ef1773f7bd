package com.recruitingscheduler.interview;

import com.recruitingscheduler.conference.ConferenceData;
import com.recruitingscheduler.conference.ConferenceSolution;
import com.recruitingscheduler.conference.EntryPoint;
import com.recruitingscheduler.conference.SolutionType;
import com.recruitingscheduler.support.UnsavedInterview;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The interview's transitions — what each does to its status and its next step — as plain Java, no app. */
class InterviewLifecycleTest {

    private Interview interview;

    @BeforeEach
    void newInterview() {
        interview = UnsavedInterview.withIvan();
    }

    /** Every step of a creation, as the worker reports them, until everyone is invited. */
    private void createdAndInvited() {
        interview.conferenceReady("https://calendar/i", new ConferenceData(null, new ConferenceSolution(SolutionType.HANGOUTS_MEET,
                "Google Meet", null, "abc-defg-hij", List.of(EntryPoint.video("https://meet.google.com/abc-defg-hij",
                "meet.google.com/abc-defg-hij")), null, "sig"), null));
        interview.candidateEventCreated("https://calendar/c");
        interview.candidateInvited();
        interview.interviewersInvited();
    }

    @Test
    void aNewInterviewIsSchedulingWithItsFirstStepDueNowAndTwoUnrelatedEventIds() {
        interview.schedule();
        assertThat(interview.status).isEqualTo(InterviewStatus.SCHEDULING);
        assertThat(interview.nextStep).isEqualTo(Step.CREATE_INTERVIEWER_EVENT);
        assertThat(interview.nextStepAt).isBeforeOrEqualTo(Instant.now());
        assertThat(interview.interviewerEventId).matches("[a-v0-9]{26}").isNotEqualTo(interview.candidateEventId);
        assertThatThrownBy(interview::schedule).isInstanceOf(InterviewStateException.class);
    }

    @Test
    void theCandidatesChoiceSchedulesOnceAndNothingIsDueBeforeIt() {
        interview.start = null;
        interview.awaitCandidate(Instant.now(), Instant.now().plus(Duration.ofDays(7)), 6, "token");
        assertThat(interview.status).isEqualTo(InterviewStatus.AWAITING_CANDIDATE);
        assertThat(interview.nextStep).isNull();
        Instant chosen = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        interview.candidateChose(chosen);
        assertThat(interview.status).isEqualTo(InterviewStatus.SCHEDULING);
        assertThat(interview.start).isEqualTo(chosen);
        assertThat(interview.nextStep).isEqualTo(Step.CREATE_INTERVIEWER_EVENT);
        assertThatThrownBy(() -> interview.candidateChose(chosen)).isInstanceOf(InterviewStateException.class)
                .hasMessage("The time is chosen already.");
    }

    @Test
    void cancellingRemovesWhatIsInGoogleOnlyAndHappensOnce() {
        interview.start = null;
        interview.awaitCandidate(Instant.now(), Instant.now().plus(Duration.ofDays(7)), 6, "token");
        assertThat(interview.cancel()).isTrue();
        assertThat(interview.status).isEqualTo(InterviewStatus.CANCELLED);
        assertThat(interview.nextStep).as("nothing was written to Google").isNull();

        newInterview();
        interview.schedule();
        createdAndInvited();
        assertThat(interview.cancel()).isTrue();
        assertThat(interview.nextStep).isEqualTo(Step.REMOVE_EVENTS);
        assertThat(interview.cancel()).as("cancelling a cancelled interview changes nothing").isFalse();
        assertThatThrownBy(interview::retry).isInstanceOf(InterviewStateException.class);
    }

    @Test
    void onlyAScheduledInterviewChangesAndAChangeBringsBothEventsInLine() {
        interview.schedule();
        assertThatThrownBy(() -> interview.change(InterviewChanges.time(interview.start.plus(1, ChronoUnit.HOURS), null, null)))
                .isInstanceOf(InterviewStateException.class).hasMessageContaining("Only a scheduled interview");
        createdAndInvited();
        assertThat(interview.status).isEqualTo(InterviewStatus.SCHEDULED);
        assertThat(interview.nextStep).isNull();
        assertThat(interview.change(InterviewChanges.time(interview.start, null, null))).as("the same time: nothing").isEmpty();
        assertThat(interview.nextStep).isNull();
        assertThat(interview.change(InterviewChanges.time(interview.start.plus(1, ChronoUnit.HOURS), null, null))).hasSize(1);
        assertThat(interview.nextStep).isEqualTo(Step.UPDATE_INTERVIEWER_EVENT);
        interview.interviewerEventUpdated();
        assertThat(interview.nextStep).isEqualTo(Step.UPDATE_CANDIDATE_EVENT);
        interview.candidateEventUpdated();
        assertThat(interview.nextStep).isNull();
        assertThat(interview.status).isEqualTo(InterviewStatus.SCHEDULED);
    }

    @Test
    void attentionIsNeededOnlyOnceScheduledAndAChangeToWhatItIsPutsItsEventsBack() {
        interview.schedule();
        assertThatThrownBy(() -> interview.needsAttention("moved in Google")).isInstanceOf(InterviewStateException.class);
        createdAndInvited();
        interview.needsAttention("The candidate's event was moved in Google Calendar.");
        assertThat(interview.status).isEqualTo(InterviewStatus.NEEDS_ATTENTION);
        assertThat(interview.attention).contains("moved");
        assertThat(interview.change(InterviewChanges.time(interview.start, null, null))).isEmpty();
        assertThat(interview.status).isEqualTo(InterviewStatus.SCHEDULED);
        assertThat(interview.attention).isNull();
        assertThat(interview.nextStep).isEqualTo(Step.UPDATE_INTERVIEWER_EVENT);
    }

    @Test
    void aFailedInterviewRemovesItsEventsThenMayBeRetriedWithNewIdsAndANewConferenceRequest() {
        interview.schedule();
        String firstEvent = interview.interviewerEventId;
        String firstRequest = interview.conferenceRequestId;
        interview.fail("Google could not create the conference.");
        assertThat(interview.status).isEqualTo(InterviewStatus.FAILED);
        assertThat(interview.nextStep).isEqualTo(Step.REMOVE_EVENTS);
        assertThatThrownBy(interview::retry).hasMessageContaining("still being removed");
        interview.eventsRemoved();
        interview.retry();
        assertThat(interview.status).isEqualTo(InterviewStatus.SCHEDULING);
        assertThat(interview.attempt).isEqualTo(2);
        assertThat(interview.interviewerEventId).isNotEqualTo(firstEvent);
        assertThat(interview.conferenceRequestId).isNotEqualTo(firstRequest);
        assertThat(interview.failureReason).isNull();
        createdAndInvited();
        assertThatThrownBy(() -> interview.fail("late")).as("a scheduled interview does not fail").isInstanceOf(InterviewStateException.class);
    }
}
