package com.recruitingscheduler.interview;

import java.util.UUID;

/** No interview has that id. */
public class InterviewNotFoundException extends RuntimeException {
    public InterviewNotFoundException(UUID id) {
        super("No interview has the id " + id + ".");
    }
}
