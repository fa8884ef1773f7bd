package com.recruitingscheduler.interview;

/**
 * The background steps that turn a stored interview into two calendar events sharing one conference, bring both in
 * line with the interview after a change (time, title, notes, panel), and undo them.
 */
public enum Step {
    CREATE_INTERVIEWER_EVENT("Create the interviewers' event"),
    AWAIT_CONFERENCE("Wait for Google to create the conference"),
    CREATE_CANDIDATE_EVENT("Create the candidate's event"),
    INVITE_CANDIDATE("Invite the candidate"),
    INVITE_INTERVIEWERS("Invite the interviewers"),
    REMOVE_EVENTS("Remove both events from the calendar"),
    UPDATE_INTERVIEWER_EVENT("Update the interviewers' event"),
    UPDATE_CANDIDATE_EVENT("Update the candidate's event");

    public final String label;

    Step(String label) {
        this.label = label;
    }
}
