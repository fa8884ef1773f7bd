package com.recruitingscheduler.support;

import com.recruitingscheduler.interview.Interview;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** An interview as a request makes it, not stored and not yet scheduled: for plain unit tests of its rules and steps. */
public final class UnsavedInterview {

    private UnsavedInterview() {
    }

    /** Cora's 45-minute interview in two days, with Ivan on the panel. */
    public static Interview withIvan() {
        Interview interview = new Interview();
        interview.title = "Engineer";
        interview.candidateName = "Cora";
        interview.candidateEmail = "cora@candidates.example";
        interview.candidateTimeZone = "Europe/Paris";
        interview.recruiterTimeZone = "UTC";
        interview.start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        interview.durationMinutes = 45;
        interview.addInterviewer("Ivan", "ivan@corp.example");
        return interview;
    }
}
