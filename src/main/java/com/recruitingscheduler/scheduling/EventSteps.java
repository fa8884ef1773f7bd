package com.recruitingscheduler.scheduling;

import com.recruitingscheduler.calendar.CalendarEvent;
import com.recruitingscheduler.calendar.CalendarGateway;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.scheduling.StepOutcome.CandidateEventUpdated;
import com.recruitingscheduler.scheduling.StepOutcome.CandidateInvited;
import com.recruitingscheduler.scheduling.StepOutcome.EventsRemoved;
import com.recruitingscheduler.scheduling.StepOutcome.InterviewerEventUpdated;
import com.recruitingscheduler.scheduling.StepOutcome.InterviewersInvited;
import com.recruitingscheduler.web.Times;

/**
 * The steps on events that exist: invite each side once both events carry the conference, bring both in line with
 * the interview after a change, remove both. Each is safe to run again: a guest already invited is not invited twice,
 * an event that already reads as it should is not written, an event already gone is not an error.
 */
final class EventSteps {

    private final CalendarGateway calendar;

    EventSteps(CalendarGateway calendar) {
        this.calendar = calendar;
    }

    StepOutcome inviteCandidate(Interview interview) {
        calendar.invite(interview.candidateEventId, InterviewEvents.candidate(interview));
        return new CandidateInvited();
    }

    StepOutcome inviteInterviewers(Interview interview) {
        calendar.invite(interview.interviewerEventId, InterviewEvents.panel(interview));
        return new InterviewersInvited(interview.interviewers.size());
    }

    StepOutcome updateInterviewerEvent(Interview interview) {
        CalendarEvent wanted = InterviewEvents.forInvitedInterviewers(interview);
        return new InterviewerEventUpdated(calendar.update(wanted)
                ? "At " + Times.describe(wanted.start()) + ", with " + panelSize(interview) + "; Google told the interviewers what changed"
                : "Already as the interview says; nobody was told");
    }

    StepOutcome updateCandidateEvent(Interview interview) {
        CalendarEvent wanted = InterviewEvents.forInvitedCandidate(interview);
        return new CandidateEventUpdated(calendar.update(wanted)
                ? "At " + Times.describe(wanted.start()) + "; Google told the candidate what changed"
                : "Already as the interview says (nothing the candidate sees changed); the candidate was not told");
    }

    private static String panelSize(Interview interview) {
        int size = interview.interviewers.size();
        return size + (size == 1 ? " interviewer" : " interviewers");
    }

    StepOutcome removeEvents(Interview interview) {
        calendar.delete(interview.candidateEventId);
        calendar.delete(interview.interviewerEventId);
        return new EventsRemoved();
    }
}
