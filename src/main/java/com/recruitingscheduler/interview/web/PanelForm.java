package com.recruitingscheduler.interview.web;

import com.recruitingscheduler.interview.NewInterview;
import org.jboss.resteasy.reactive.RestForm;

import java.util.ArrayList;
import java.util.List;

/**
 * What the schedule and edit forms share: the panel as rows of name and e-mail, and the notes for the interviewers,
 * kept as typed so a form with errors comes back as the recruiter left it.
 */
public abstract class PanelForm {

    /** One row of the panel as typed. */
    public record Row(String name, String email) {
    }

    @RestForm public List<String> interviewerName = new ArrayList<>();
    @RestForm public List<String> interviewerEmail = new ArrayList<>();
    @RestForm public String interviewerNotes;

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

    /** The panel the rows name, in their order. */
    List<NewInterview.Interviewer> panel() {
        return rows().stream().map(r -> new NewInterview.Interviewer(r.name(), r.email())).toList();
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
