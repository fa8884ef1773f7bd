package com.recruitingscheduler.scheduling;

import com.recruitingscheduler.conference.ConferenceData;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.interview.StepLogEntry;

import java.time.Duration;
import java.time.Instant;

/**
 * What one run of a step found out. Steps only read and call Google and return one of these; {@link SchedulingWorker}
 * applies it to the interview (the transition is the interview's own) in one transaction with its history line.
 */
sealed interface StepOutcome {

    /** How the history shows it. */
    StepLogEntry.Outcome kind();

    /** The history line's words. */
    String detail();

    /** The interview's transition this outcome asks for. */
    void applyTo(Interview interview);

    record ConferencePending(String eventLink, Duration delay, String detail) implements StepOutcome {
        public StepLogEntry.Outcome kind() { return StepLogEntry.Outcome.WAITING; }
        public void applyTo(Interview interview) { interview.conferencePending(eventLink, delay); }
    }

    record ConferenceReady(String eventLink, ConferenceData conference, String detail) implements StepOutcome {
        public StepLogEntry.Outcome kind() { return StepLogEntry.Outcome.DONE; }
        public void applyTo(Interview interview) { interview.conferenceReady(eventLink, conference); }
    }

    record CandidateEventCreated(String eventLink) implements StepOutcome {
        public StepLogEntry.Outcome kind() { return StepLogEntry.Outcome.DONE; }
        public String detail() { return "Candidate's event created with the same conference; nobody e-mailed yet"; }
        public void applyTo(Interview interview) { interview.candidateEventCreated(eventLink); }
    }

    record CandidateInvited() implements StepOutcome {
        public StepLogEntry.Outcome kind() { return StepLogEntry.Outcome.DONE; }
        public String detail() { return "Invitation with the join link sent to the candidate"; }
        public void applyTo(Interview interview) { interview.candidateInvited(); }
    }

    record InterviewersInvited(int count) implements StepOutcome {
        public StepLogEntry.Outcome kind() { return StepLogEntry.Outcome.DONE; }
        public String detail() { return "Invitation with the join link sent to " + count + (count == 1 ? " interviewer" : " interviewers"); }
        public void applyTo(Interview interview) { interview.interviewersInvited(); }
    }

    record InterviewerEventUpdated(String detail) implements StepOutcome {
        public StepLogEntry.Outcome kind() { return StepLogEntry.Outcome.DONE; }
        public void applyTo(Interview interview) { interview.interviewerEventUpdated(); }
    }

    record CandidateEventUpdated(String detail) implements StepOutcome {
        public StepLogEntry.Outcome kind() { return StepLogEntry.Outcome.DONE; }
        public void applyTo(Interview interview) { interview.candidateEventUpdated(); }
    }

    record EventsRemoved() implements StepOutcome {
        public StepLogEntry.Outcome kind() { return StepLogEntry.Outcome.DONE; }
        public String detail() { return "Both events removed; guests who had an invitation were told"; }
        public void applyTo(Interview interview) { interview.eventsRemoved(); }
    }

    /** The id chosen for a new event belongs to another event (not this interview's, or cancelled). */
    record EventIdTaken(boolean interviewersSide, String takenId) implements StepOutcome {
        public StepLogEntry.Outcome kind() { return StepLogEntry.Outcome.RETRYING; }
        public String detail() {
            return "The event id " + takenId + " is taken on the calendar by an event that is not this interview's; "
                    + "trying again with a new id";
        }
        public void applyTo(Interview interview) { interview.eventIdTaken(interviewersSide); }
    }

    record Failed(String detail) implements StepOutcome {
        public StepLogEntry.Outcome kind() { return StepLogEntry.Outcome.FAILED; }
        public void applyTo(Interview interview) { interview.fail(detail); }
    }

    record NeedsAttention(String detail) implements StepOutcome {
        public StepLogEntry.Outcome kind() { return StepLogEntry.Outcome.FAILED; }
        public void applyTo(Interview interview) { interview.needsAttention(detail); }
    }

    record RemovalFailed(String detail) implements StepOutcome {
        public StepLogEntry.Outcome kind() { return StepLogEntry.Outcome.FAILED; }
        public void applyTo(Interview interview) { interview.removalFailed(detail); }
    }

    /** The same step later; {@code shown} is what the recruiter sees meanwhile (null: nothing worth showing). */
    record Retry(Instant at, boolean countsAsFailure, String detail, String shown) implements StepOutcome {
        public StepLogEntry.Outcome kind() { return StepLogEntry.Outcome.RETRYING; }
        public void applyTo(Interview interview) { interview.retryStep(at, countsAsFailure, shown); }
    }
}
