package com.recruitingscheduler.scheduling;

import com.recruitingscheduler.calendar.CalendarEvent;
import com.recruitingscheduler.calendar.CalendarException;
import com.recruitingscheduler.calendar.CalendarGateway;
import com.recruitingscheduler.calendar.RetryPolicy;
import com.recruitingscheduler.conference.ConferenceData;
import com.recruitingscheduler.conference.ConferenceSolution;
import com.recruitingscheduler.conference.CreateRequest;
import com.recruitingscheduler.conference.EntryPoint;
import com.recruitingscheduler.conference.SolutionType;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.interview.Step;
import com.recruitingscheduler.support.UnsavedInterview;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** What each step decides from what Google answers: plain unit tests over a small in-memory calendar. */
class StepDecisionsTest {

    private static final ConferenceSolution MEET = new ConferenceSolution(SolutionType.HANGOUTS_MEET, "Google Meet", null,
            "abc-defg-hij", List.of(EntryPoint.video("https://meet.google.com/abc-defg-hij", "meet.google.com/abc-defg-hij")),
            null, "sig");

    /** Answers inserts with what {@link #answer} makes of the event; remembers what was written. */
    static class InMemoryCalendar implements CalendarGateway {
        List<SolutionType> allowed = List.of(SolutionType.HANGOUTS_MEET);
        UnaryOperator<CalendarEvent> answer = UnaryOperator.identity();
        final List<CalendarEvent> inserted = new ArrayList<>();
        final List<String> invited = new ArrayList<>();

        public List<SolutionType> allowedSolutionTypes() { return allowed; }
        public CalendarEvent insert(CalendarEvent event) { inserted.add(event); return answer.apply(event); }
        public Optional<CalendarEvent> find(String eventId) { return Optional.empty(); }
        public CalendarEvent invite(String eventId, List<CalendarEvent.Guest> guests) {
            guests.forEach(g -> invited.add(g.email()));
            return null;
        }
        public boolean update(CalendarEvent wanted) { throw new UnsupportedOperationException(); }
        public Map<String, CalendarEvent> eventsEndingAfter(Instant from) { return Map.of(); }
        public void delete(String eventId) { }
        public java.time.ZoneId organizerTimeZone() { return java.time.ZoneOffset.UTC; }
        public com.recruitingscheduler.calendar.FreeBusy freeBusy(List<String> calendars, Instant from, Instant to) {
            return new com.recruitingscheduler.calendar.FreeBusy(java.util.Map.of(), java.util.Map.of());
        }

        @Override
        public Optional<com.recruitingscheduler.calendar.PersonCalendar> personCalendar(String email) {
            return Optional.empty();
        }
    }

    private final InMemoryCalendar calendar = new InMemoryCalendar();
    private final ConferenceSteps steps = new ConferenceSteps(calendar, TestSchedulingConfig.CONFIG);
    private final CalendarFailures failures = new CalendarFailures(new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60)), 3);
    private Interview interview;

    @BeforeEach
    void interview() {
        interview = UnsavedInterview.withIvan();
        interview.schedule();
    }

    private CalendarEvent ours(CalendarEvent event, ConferenceData conference) {
        return new CalendarEvent(event.id(), "confirmed", event.summary(), event.description(), event.start(), event.end(),
                event.guests(), event.guestsCanSeeOtherGuests(), event.guestsCanInviteOthers(), event.visibility(),
                event.privateProperties(), conference, "https://calendar/" + event.id());
    }

    @Test
    void theInterviewersEventIsPrivateHasNoGuestsAndAsksForGoogleMeet() {
        calendar.answer = e -> ours(e, ConferenceData.request(new CreateRequest("r", SolutionType.HANGOUTS_MEET, CreateRequest.Status.PENDING)));

        StepOutcome outcome = steps.createInterviewerEvent(interview);

        assertThat(outcome).isInstanceOf(StepOutcome.ConferencePending.class);
        CalendarEvent written = calendar.inserted.get(0);
        assertThat(written.guests()).isEmpty();
        assertThat(written.visibility()).isEqualTo("private");
        assertThat(written.conference().createRequest().type()).isEqualTo(SolutionType.HANGOUTS_MEET);
        assertThat(written.conference().createRequest().requestId()).isEqualTo(interview.conferenceRequestId);
    }

    @Test
    void successInTheInsertsOwnAnswerGoesStraightToTheCandidatesEvent() {
        calendar.answer = e -> ours(e, new ConferenceData(new CreateRequest("r", SolutionType.HANGOUTS_MEET,
                CreateRequest.Status.SUCCESS), MEET, "{\"conferenceId\":\"abc-defg-hij\"}"));

        StepOutcome outcome = steps.createInterviewerEvent(interview);

        assertThat(outcome).isInstanceOfSatisfying(StepOutcome.ConferenceReady.class,
                ready -> assertThat(ready.conference().verbatim()).contains("abc-defg-hij"));
    }

    @Test
    void anIdHeldByAnotherEventOrACancelledOneIsNotOurs() {
        calendar.answer = e -> new CalendarEvent(e.id(), "confirmed", "Dentist", null, e.start(), e.end(), List.of(),
                true, true, "default", Map.of(), null, null);
        assertThat(steps.createInterviewerEvent(interview)).isInstanceOf(StepOutcome.EventIdTaken.class);

        calendar.answer = e -> new CalendarEvent(e.id(), "cancelled", e.summary(), null, e.start(), e.end(), List.of(),
                true, true, "private", e.privateProperties(), null, null);
        assertThat(steps.createInterviewerEvent(interview)).isInstanceOf(StepOutcome.EventIdTaken.class);

        String before = interview.interviewerEventId;
        new StepOutcome.EventIdTaken(true, before).applyTo(interview);
        assertThat(interview.interviewerEventId).isNotEqualTo(before).matches("[a-v0-9]{26}");
        assertThat(interview.nextStep).isEqualTo(Step.CREATE_INTERVIEWER_EVENT);
    }

    @Test
    void aCalendarWithoutGoogleMeetFailsBeforeAnythingIsWritten() {
        calendar.allowed = List.of(SolutionType.ADD_ON);
        assertThat(steps.createInterviewerEvent(interview)).isInstanceOfSatisfying(StepOutcome.Failed.class,
                failed -> assertThat(failed.detail()).contains("does not allow Google Meet").contains("Third-party add-on"));
        assertThat(calendar.inserted).isEmpty();
    }

    @Test
    void aCopyGoogleDropsFailsTheInterviewAndNobodyIsInvited() {
        interview.conferenceReady("link", new ConferenceData(null, MEET, "{\"conferenceId\":\"abc-defg-hij\"}"));
        calendar.answer = e -> ours(e, null);

        assertThat(steps.createCandidateEvent(interview)).isInstanceOfSatisfying(StepOutcome.Failed.class,
                failed -> assertThat(failed.detail()).contains("Nobody was invited"));
        CalendarEvent written = calendar.inserted.get(0);
        assertThat(written.guests()).isEmpty();
        assertThat(written.conference().verbatim()).isEqualTo("{\"conferenceId\":\"abc-defg-hij\"}");
        assertThat(calendar.invited).isEmpty();
    }

    @Test
    void aPendingConferenceIsReadAgainWithGrowingWaitsThenGivenUp() {
        calendar.answer = e -> ours(e, ConferenceData.request(new CreateRequest("r", SolutionType.HANGOUTS_MEET, CreateRequest.Status.PENDING)));
        var first = (StepOutcome.ConferencePending) steps.createInterviewerEvent(interview);
        interview.conferencePolls = 2;
        var third = (StepOutcome.ConferencePending) steps.createInterviewerEvent(interview);
        assertThat(third.delay()).isEqualTo(first.delay().multipliedBy(4));
        interview.conferencePolls = 3;
        assertThat(steps.createInterviewerEvent(interview)).isInstanceOf(StepOutcome.Failed.class);
    }

    @Test
    void configurationErrorsFailAtOnceWhileTransientOnesRetryUntilTheLimit() {
        CalendarException transientError = new CalendarException(503, "backendError", "Google said 503", null);
        assertThat(failures.outcome(interview, Step.CREATE_INTERVIEWER_EVENT, transientError))
                .isInstanceOfSatisfying(StepOutcome.Retry.class, r -> assertThat(r.countsAsFailure()).isTrue());
        interview.stepFailures = 2;
        assertThat(failures.outcome(interview, Step.CREATE_INTERVIEWER_EVENT, transientError)).isInstanceOf(StepOutcome.Failed.class);

        interview.stepFailures = 0;
        CalendarException forbidden = new CalendarException(403, "forbiddenForServiceAccounts", "no delegation", null);
        assertThat(failures.outcome(interview, Step.INVITE_CANDIDATE, forbidden)).isInstanceOf(StepOutcome.Failed.class);
    }

    @Test
    void aMoveThatCannotBeMadeAsksTheRecruiterAndARemovalThatCannotSaysWhatIsLeft() {
        CalendarException gone = new CalendarException(410, "deleted", "The event was deleted", null);
        assertThat(failures.outcome(interview, Step.UPDATE_CANDIDATE_EVENT, gone)).isInstanceOfSatisfying(StepOutcome.NeedsAttention.class,
                n -> assertThat(n.detail()).startsWith("The candidate's event could not be changed"));
        assertThat(failures.outcome(interview, Step.REMOVE_EVENTS, gone)).isInstanceOf(StepOutcome.RemovalFailed.class);
    }
}
