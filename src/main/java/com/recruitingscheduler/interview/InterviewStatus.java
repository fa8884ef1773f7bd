package com.recruitingscheduler.interview;

/** Where an interview stands, in the words shown on its badge. */
public enum InterviewStatus {
    AWAITING_CANDIDATE("Awaiting the candidate"), SCHEDULING("Scheduling"), SCHEDULED("Scheduled"), NEEDS_ATTENTION("Needs attention"), FAILED("Failed"),
    CANCELLED("Cancelled");

    public final String label;

    InterviewStatus(String label) {
        this.label = label;
    }
}
