package com.recruitingscheduler.scheduling;

import com.recruitingscheduler.calendar.CalendarEvent;
import com.recruitingscheduler.calendar.CalendarGateway;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.scheduling.StepOutcome.CandidateEventMoved;
import com.recruitingscheduler.scheduling.StepOutcome.CandidateInvited;
import com.recruitingscheduler.scheduling.StepOutcome.EventsRemoved;
import com.recruitingscheduler.scheduling.StepOutcome.InterviewerEventMoved;
import com.recruitingscheduler.scheduling.StepOutcome.InterviewersInvited;
import com.recruitingscheduler.web.Times;

import java.time.ZoneId;

/**
 * The steps on events that exist: invite each side once both events carry the conference, move both events to a new
 * time, remove both. Each is safe to run again: a guest already invited is not invited twice, an event already at the
 * new time is not written, an event already gone is not an error.
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

    StepOutcome moveInterviewerEvent(Interview interview) {
        CalendarEvent moved = move(interview, interview.interviewerEventId, ZoneId.of(interview.recruiterTimeZone));
        return new InterviewerEventMoved("At " + Times.describe(moved.start()) + "; the interviewers were told of any change");
    }

    StepOutcome moveCandidateEvent(Interview interview) {
        CalendarEvent moved = move(interview, interview.candidateEventId, ZoneId.of(interview.candidateTimeZone));
        return new CandidateEventMoved("At " + Times.describe(moved.start()) + "; the candidate was told of any change");
    }

    private CalendarEvent move(Interview interview, String eventId, ZoneId zone) {
        return calendar.move(eventId, interview.start.atZone(zone), interview.end().atZone(zone));
    }

    StepOutcome removeEvents(Interview interview) {
        calendar.delete(interview.candidateEventId);
        calendar.delete(interview.interviewerEventId);
        return new EventsRemoved();
    }
}
