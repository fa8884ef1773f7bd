package com.recruitingscheduler.scheduling;

import com.recruitingscheduler.calendar.CalendarEvent;
import com.recruitingscheduler.calendar.CalendarGateway;
import com.recruitingscheduler.conference.ConferenceData;
import com.recruitingscheduler.conference.CreateRequest;
import com.recruitingscheduler.conference.SolutionType;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.scheduling.StepOutcome.CandidateEventCreated;
import com.recruitingscheduler.scheduling.StepOutcome.ConferencePending;
import com.recruitingscheduler.scheduling.StepOutcome.ConferenceReady;
import com.recruitingscheduler.scheduling.StepOutcome.EventIdTaken;
import com.recruitingscheduler.scheduling.StepOutcome.Failed;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The conference steps: create the interviewers' event asking Google for a Google Meet conference, wait until Google
 * has created it, then create the candidate's event carrying a verbatim copy. No guest is on either event yet, so a
 * conference that fails or a copy Google drops e-mails nobody.
 */
final class ConferenceSteps {

    private final CalendarGateway calendar;
    private final SchedulingConfig config;

    ConferenceSteps(CalendarGateway calendar, SchedulingConfig config) {
        this.calendar = calendar;
        this.config = config;
    }

    StepOutcome createInterviewerEvent(Interview interview) {
        List<SolutionType> allowed = calendar.allowedSolutionTypes();
        if (!allowed.contains(SolutionType.HANGOUTS_MEET)) {
            return new Failed("The organizer calendar does not allow Google Meet conferences"
                    + (allowed.isEmpty() ? "" : " (it allows " + String.join(", ", allowed.stream().map(SolutionType::displayName).toList()) + ")")
                    + ", the only kind Google lets this app create. A Workspace admin can allow Google Meet for the organizer.");
        }
        CreateRequest request = new CreateRequest(interview.conferenceRequestId, SolutionType.HANGOUTS_MEET, null);
        CalendarEvent event = calendar.insert(InterviewEvents.forInterviewers(interview, ConferenceData.request(request)));
        if (!InterviewEvents.isOwnLiveEvent(event, interview)) {
            return new EventIdTaken(true, interview.interviewerEventId);
        }
        return conferenceState(interview, event, "Interviewers' event created (no guests yet)");
    }

    StepOutcome awaitConference(Interview interview) {
        CalendarEvent event = calendar.find(interview.interviewerEventId).filter(e -> !e.isCancelled()).orElse(null);
        if (event == null) {
            return new Failed("The interviewers' event was deleted from the calendar before its conference was ready.");
        }
        return conferenceState(interview, event, "Checked the conference");
    }

    private StepOutcome conferenceState(Interview interview, CalendarEvent event, String what) {
        ConferenceData data = event.conference();
        if (data == null) {
            return new Failed("Google ignored the request for a Google Meet conference: the event came back without one.");
        }
        return switch (data.status()) {
            case SUCCESS -> data.solution() == null
                    ? new Failed("Google reported the Google Meet conference as created but sent no way to join it.")
                    : new ConferenceReady(event.htmlLink(), data, what + "; Google created the conference");
            case FAILURE -> new Failed("Google could not create the Google Meet conference (the create request ended in "
                    + "failure). Nobody was invited. Retry to ask again with a new request.");
            case PENDING -> interview.conferencePolls >= config.maxConferencePolls()
                    ? new Failed("Google did not finish creating the Google Meet conference after " + interview.conferencePolls
                            + " checks. Nobody was invited.")
                    : new ConferencePending(event.htmlLink(), pollDelay(interview.conferencePolls),
                            what + "; Google says the conference is pending");
        };
    }

    StepOutcome createCandidateEvent(Interview interview) {
        ConferenceData conference = interview.conferenceToCopy();
        CalendarEvent event = calendar.insert(InterviewEvents.forCandidate(interview, conference));
        if (!InterviewEvents.isOwnLiveEvent(event, interview)) {
            return new EventIdTaken(false, interview.candidateEventId);
        }
        if (!Objects.equals(event.conferenceId(), conference.solution().conferenceId())) {
            return new Failed("Google dropped the conference copied into the candidate's event (its signature did not "
                    + "verify), so the candidate would have had no way to join. Nobody was invited; both events are "
                    + "removed. Retry to schedule again with a new conference.");
        }
        return new CandidateEventCreated(event.htmlLink());
    }

    private Duration pollDelay(int polls) {
        Duration wait = config.firstPollDelay().multipliedBy(1L << Math.min(polls, 20));
        return wait.compareTo(config.maxPollDelay()) > 0 ? config.maxPollDelay() : wait;
    }
}
