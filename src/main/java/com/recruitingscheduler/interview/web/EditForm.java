package com.recruitingscheduler.interview.web;

import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.interview.InterviewChanges;
import org.jboss.resteasy.reactive.RestForm;

/** The "change this interview" form as typed: the role, the panel and the notes (the time has its own form). */
public class EditForm extends PanelForm {

    @RestForm public String title;
    /** The "change anyway" box, shown with the conflicts a first submit found. */
    @RestForm public boolean allowConflicts;

    static EditForm of(Interview interview) {
        EditForm form = new EditForm();
        form.title = interview.title;
        form.interviewerNotes = interview.interviewerNotes;
        interview.interviewers.forEach(seat -> {
            form.interviewerName.add(seat.name);
            form.interviewerEmail.add(seat.email);
        });
        return form;
    }

    /** Every field of the form is sent, so every part is asked for: what did not change compares equal. */
    InterviewChanges toChanges() {
        return new InterviewChanges(null, null, title == null ? "" : title, interviewerNotes == null ? "" : interviewerNotes,
                panel(), allowConflicts);
    }
}
