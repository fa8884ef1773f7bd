package com.recruitingscheduler.interview;

import com.recruitingscheduler.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The "move this interview" form as typed, in the recruiter's time zone. */
public class RescheduleForm {

    @RestForm public String date;
    @RestForm public String time;
    @RestForm public String recruiterTimeZone;
    @RestForm public String durationMinutes;

    static RescheduleForm of(Interview interview) {
        ZonedDateTime start = interview.startForRecruiter();
        RescheduleForm form = new RescheduleForm();
        form.date = start.toLocalDate().toString();
        form.time = start.toLocalTime().toString();
        form.recruiterTimeZone = interview.recruiterTimeZone;
        form.durationMinutes = String.valueOf(interview.durationMinutes);
        return form;
    }

    NewTime toNewTime(FormErrors errors) {
        ZoneId zone = ZoneId.of("UTC");
        try {
            zone = ZoneId.of(recruiterTimeZone == null ? "UTC" : recruiterTimeZone.trim());
        } catch (DateTimeException e) {
            errors.add("recruiterTimeZone", "is not a known time zone (use a name like Europe/Paris)");
        }
        java.time.Instant start = null;
        try {
            start = LocalDate.parse(date.trim()).atTime(LocalTime.parse(time.trim())).atZone(zone).toInstant();
        } catch (DateTimeException | NullPointerException e) {
            errors.add("start", "enter a date (2026-12-01) and a time (15:00)");
        }
        Integer duration = null;
        try {
            duration = Integer.valueOf(durationMinutes.trim());
        } catch (NumberFormatException | NullPointerException e) {
            errors.add("durationMinutes", "enter a whole number of minutes");
        }
        return new NewTime(start, duration);
    }
}
