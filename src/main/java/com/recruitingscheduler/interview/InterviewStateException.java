package com.recruitingscheduler.interview;

/** An action the interview's status does not allow, such as retrying one that is scheduled. */
public class InterviewStateException extends RuntimeException {
    public InterviewStateException(String message) {
        super(message);
    }
}
