package com.recruitingscheduler.interview;

/** Where an interview stands, in the words shown on its badge. */
public enum InterviewStatus {
    SCHEDULING("Scheduling"), SCHEDULED("Scheduled"), NEEDS_ATTENTION("Needs attention"), FAILED("Failed"),
    CANCELLED("Cancelled");

    public final String label;

    InterviewStatus(String label) {
        this.label = label;
    }
}
