package com.recruitingscheduler.interview;

import com.recruitingscheduler.calendar.CalendarEvent;
import com.recruitingscheduler.conference.ConferenceData;

import java.time.ZoneId;
import java.util.Map;

/**
 * The two calendar events of an interview. The interviewers' event may name the candidate; the candidate's event
 * names no interviewer anywhere — summary, description, guests and properties — and hides its guest list.
 */
final class InterviewEvents {

    static final String INTERVIEW_ID = "recruitingInterviewId";
    static final String ROLE = "recruitingRole";

    private InterviewEvents() {
    }

    static CalendarEvent forInterviewers(Interview interview, ConferenceData conference) {
        ZoneId zone = ZoneId.of(interview.recruiterTimeZone);
        StringBuilder description = new StringBuilder()
                .append("Interview with ").append(interview.candidateName).append(" (").append(interview.candidateEmail)
                .append(") for the ").append(interview.title).append(" role.\n\n");
        if (interview.interviewerNotes != null) {
            description.append("Notes for the interviewers:\n").append(interview.interviewerNotes).append("\n\n");
        }
        description.append("The candidate has a separate invitation to the same video call and cannot see this event "
                + "or who is on the panel. If the call asks, admit the candidate from the waiting room.");
        return new CalendarEvent(interview.interviewerEventId, null,
                "Interview: " + interview.candidateName + " — " + interview.title,
                description.toString(),
                interview.start.atZone(zone), interview.end().atZone(zone),
                interview.interviewers.stream().map(i -> new CalendarEvent.Guest(i.name, i.email)).toList(),
                true, false,
                Map.of(INTERVIEW_ID, interview.id.toString(), ROLE, "interviewers"),
                conference, null);
    }

    static CalendarEvent forCandidate(Interview interview, ConferenceData conference) {
        ZoneId zone = ZoneId.of(interview.candidateTimeZone);
        String description = "Your interview for the " + interview.title + " role.\n\n"
                + "Join the video call with the link in this invitation a few minutes before the start. "
                + "You may be asked to wait until an interviewer admits you to the call; that is expected.";
        return new CalendarEvent(interview.candidateEventId, null,
                "Interview: " + interview.title,
                description,
                interview.start.atZone(zone), interview.end().atZone(zone),
                java.util.List.of(new CalendarEvent.Guest(interview.candidateName, interview.candidateEmail)),
                false, false,
                Map.of(INTERVIEW_ID, interview.id.toString(), ROLE, "candidate"),
                conference, null);
    }
}
