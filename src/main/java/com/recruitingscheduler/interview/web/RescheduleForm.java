package com.recruitingscheduler.interview.web;

import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.interview.InterviewChanges;
import com.recruitingscheduler.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The "move this interview" form as typed, in the recruiter's time zone. */
public class RescheduleForm {

    @RestForm public String date;
    @RestForm public String time;
    @RestForm public String recruiterTimeZone;
    @RestForm public String durationMinutes;
    /** The "move anyway" box, shown with the conflicts a first submit found. */
    @RestForm public boolean allowConflicts;

    static RescheduleForm of(Interview interview) {
        ZonedDateTime start = interview.startForRecruiter();
        RescheduleForm form = new RescheduleForm();
        form.date = start.toLocalDate().toString();
        form.time = start.toLocalTime().toString();
        form.recruiterTimeZone = interview.recruiterTimeZone;
        form.durationMinutes = String.valueOf(interview.durationMinutes);
        return form;
    }

    InterviewChanges toChanges(FormErrors errors) {
        ZoneId zone = FormValues.zone(recruiterTimeZone, errors);
        return InterviewChanges.time(FormValues.start(date, time, zone, errors), FormValues.minutes(durationMinutes, errors), allowConflicts);
    }
}
