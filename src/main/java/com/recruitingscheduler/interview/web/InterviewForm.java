package com.recruitingscheduler.interview.web;

import com.recruitingscheduler.interview.NewInterview;
import com.recruitingscheduler.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The "schedule an interview" form as typed: every value is kept as text so a form with errors comes back exactly
 * as the recruiter left it.
 */
public class InterviewForm extends PanelForm {

    @RestForm public String title;
    @RestForm public String candidateName;
    @RestForm public String candidateEmail;
    @RestForm public String candidateTimeZone;
    @RestForm public String date;
    @RestForm public String time;
    @RestForm public String recruiterTimeZone;
    @RestForm public String durationMinutes;
    /** The "schedule anyway" box, shown with the conflicts a first submit found. */
    @RestForm public boolean allowConflicts;
    /** Who picks the time: {@code recruiter} (the date and time above) or {@code candidate} (on their link). */
    @RestForm public String whoPicks;
    /** The days the candidate may pick from, first and last (in the recruiter's zone). */
    @RestForm public String chooseFromDate;
    @RestForm public String chooseToDate;

    public boolean candidatePicks() {
        return "candidate".equals(whoPicks);
    }

    /** A blank form with sensible defaults. */
    public static InterviewForm blank() {
        InterviewForm form = new InterviewForm();
        form.durationMinutes = "45";
        form.time = "10:00";
        form.date = LocalDate.now().plusDays(1).toString();
        form.whoPicks = "recruiter";
        form.chooseFromDate = LocalDate.now().plusDays(1).toString();
        form.chooseToDate = LocalDate.now().plusDays(7).toString();
        return form;
    }

    /**
     * The request this form asks for. What cannot even be read (a date that is not a date) is added to
     * {@code errors}; the rest is left to the request's own rules.
     */
    NewInterview toRequest(FormErrors errors) {
        ZoneId zone = FormValues.zone(recruiterTimeZone, errors);
        Instant start = null;
        NewInterview.CandidateChooses window = null;
        if (candidatePicks()) {
            Instant from = FormValues.startOfDay(chooseFromDate, zone, errors, "candidateChooses.from");
            Instant to = FormValues.endOfDay(chooseToDate, zone, errors, "candidateChooses.to");
            window = new NewInterview.CandidateChooses(from, to, 6);
        } else {
            start = FormValues.start(date, time, zone, errors);
        }
        Integer duration = FormValues.minutes(durationMinutes, errors);
        return new NewInterview(trim(title),
                new NewInterview.Candidate(trim(candidateName), trim(candidateEmail), trim(candidateTimeZone)),
                panel(),
                start, duration, interviewerNotes, null,
                zone == null ? null : zone.getId(), null, allowConflicts, window);
    }

}
