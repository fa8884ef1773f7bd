package com.recruitingscheduler.interview.web;

import com.recruitingscheduler.web.FormErrors;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the schedule and move forms name their fields to a recruiter: the input each error links to, the words for it
 * (naming the interviewer by their place on the panel), and what to ask for when it was left empty.
 */
final class FieldNames {

    private static final Pattern PANEL_SEAT = Pattern.compile("interviewers\\[(\\d+)]\\.(name|email)");

    private FieldNames() {
    }

    static FormErrors.Name of(String field) {
        Matcher seat = PANEL_SEAT.matcher(field);
        if (seat.matches()) {
            int index = Integer.parseInt(seat.group(1));
            boolean email = seat.group(2).equals("email");
            return new FormErrors.Name((email ? "interviewerEmail" : "interviewerName") + index,
                    "Interviewer " + (index + 1) + (email ? "'s e-mail" : "'s name"),
                    email ? "enter an e-mail address" : "enter their name");
        }
        return switch (field) {
            case "title" -> new FormErrors.Name("title", "Role", "enter the role the candidate is interviewing for");
            case "candidate.name" -> new FormErrors.Name("candidateName", "Candidate's name", "enter the candidate's name");
            case "candidate.email" -> new FormErrors.Name("candidateEmail", "Candidate's e-mail", "enter an e-mail address");
            case "candidate.timeZone" -> new FormErrors.Name("candidateTimeZone", "Candidate's time zone",
                    "enter the candidate's time zone, such as America/New_York");
            case "interviewers" -> new FormErrors.Name("interviewerEmail0", "Interviewers", "enter at least one interviewer");
            case "start" -> new FormErrors.Name("date", "Date and time", "enter a date and a start time");
            case "durationMinutes" -> new FormErrors.Name("durationMinutes", "Duration (minutes)", "enter how many minutes");
            case "recruiterTimeZone" -> new FormErrors.Name("recruiterTimeZone", "Your time zone", "enter your time zone");
            case "interviewerNotes" -> new FormErrors.Name("interviewerNotes", "Notes for the interviewers", null);
            case "candidateChooses.from" -> new FormErrors.Name("chooseFromDate", "Candidate's first day", "enter the first day");
            case "candidateChooses.to" -> new FormErrors.Name("chooseToDate", "Candidate's last day", "enter the last day");
            default -> null;
        };
    }
}
