package com.recruitingscheduler.interview.web;

import com.recruitingscheduler.interview.NewInterview;
import com.recruitingscheduler.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The "schedule an interview" form as typed: every value is kept as text so a form with errors comes back exactly
 * as the recruiter left it.
 */
public class InterviewForm {

    /** One row of the panel as typed. */
    public record Row(String name, String email) {
    }

    @RestForm public String title;
    @RestForm public String candidateName;
    @RestForm public String candidateEmail;
    @RestForm public String candidateTimeZone;
    @RestForm public List<String> interviewerName = new ArrayList<>();
    @RestForm public List<String> interviewerEmail = new ArrayList<>();
    @RestForm public String date;
    @RestForm public String time;
    @RestForm public String recruiterTimeZone;
    @RestForm public String durationMinutes;
    @RestForm public String interviewerNotes;
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

    /** The panel rows that hold anything; blank rows are left out. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        int count = Math.max(interviewerName.size(), interviewerEmail.size());
        for (int i = 0; i < count; i++) {
            String name = i < interviewerName.size() ? interviewerName.get(i) : null;
            String email = i < interviewerEmail.size() ? interviewerEmail.get(i) : null;
            if (!isBlank(name) || !isBlank(email)) {
                rows.add(new Row(trim(name), trim(email)));
            }
        }
        return rows;
    }

    /** The rows to show: those typed, plus an empty one to add the next interviewer. */
    public List<Row> rowsWithBlank() {
        List<Row> rows = new ArrayList<>(rows());
        rows.add(new Row("", ""));
        return rows;
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
                rows().stream().map(r -> new NewInterview.Interviewer(r.name(), r.email())).toList(),
                start, duration, interviewerNotes, null,
                zone == null ? null : zone.getId(), null, allowConflicts, window);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
