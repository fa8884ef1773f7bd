package com.recruitingscheduler.scheduling;

import com.recruitingscheduler.calendar.CalendarEvent;
import com.recruitingscheduler.conference.ConferenceData;
import com.recruitingscheduler.interview.Interview;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The two calendar events of an interview. Both are private and are created without guests: the guests are invited
 * once both events carry the conference. The interviewers' event may name the candidate; the candidate's event names
 * no interviewer anywhere — summary, description, guests and properties — and hides its guest list.
 */
final class InterviewEvents {

    static final String INTERVIEW_ID = "recruitingInterviewId";
    static final String ROLE = "recruitingRole";
    private static final String PRIVATE = "private";

    /**
     * Google's guidance of 17 February 2026 recommends a new conference per event; this product shares one on purpose
     * (the interviewers' event owns it), so the candidate may have to be let in: both texts say so.
     */
    static final String ADMIT_THE_CANDIDATE = "The candidate has a separate invitation to the same video call and cannot "
            + "see this event or who is on the panel. The call belongs to this event, so Google Meet may ask the candidate "
            + "to wait until someone admits them: please admit the candidate when asked.";
    static final String YOU_MAY_WAIT = "Join the video call with the link in this invitation a few minutes before the "
            + "start. You may be asked to wait until an interviewer admits you to the call; that is expected.";

    private InterviewEvents() {
    }

    static CalendarEvent forInterviewers(Interview interview, ConferenceData conference) {
        return forInterviewers(interview, conference, List.of());
    }

    /** The interviewers' event as it should read once the panel is invited: what a change brings it back to. */
    static CalendarEvent forInvitedInterviewers(Interview interview) {
        return forInterviewers(interview, null, panel(interview));
    }

    private static CalendarEvent forInterviewers(Interview interview, ConferenceData conference, List<CalendarEvent.Guest> guests) {
        ZoneId zone = ZoneId.of(interview.recruiterTimeZone);
        StringBuilder description = new StringBuilder()
                .append("Interview with ").append(interview.candidateName).append(" (").append(interview.candidateEmail)
                .append(") for the ").append(interview.title).append(" role.\n\n");
        if (interview.interviewerNotes != null) {
            description.append("Notes for the interviewers:\n").append(interview.interviewerNotes).append("\n\n");
        }
        description.append(ADMIT_THE_CANDIDATE);
        return new CalendarEvent(interview.interviewerEventId, null,
                "Interview: " + interview.candidateName + " — " + interview.title,
                description.toString(),
                interview.start.atZone(zone), interview.end().atZone(zone),
                guests, true, false, PRIVATE,
                Map.of(INTERVIEW_ID, interview.id.toString(), ROLE, "interviewers"),
                conference, null);
    }

    static CalendarEvent forCandidate(Interview interview, ConferenceData conference) {
        return forCandidate(interview, conference, List.of());
    }

    /**
     * The candidate's event as it should read once the candidate is invited: only the time and the role reach it —
     * never the notes, never the panel.
     */
    static CalendarEvent forInvitedCandidate(Interview interview) {
        return forCandidate(interview, null, candidate(interview));
    }

    private static CalendarEvent forCandidate(Interview interview, ConferenceData conference, List<CalendarEvent.Guest> guests) {
        ZoneId zone = ZoneId.of(interview.candidateTimeZone);
        return new CalendarEvent(interview.candidateEventId, null,
                "Interview: " + interview.title,
                "Your interview for the " + interview.title + " role.\n\n" + YOU_MAY_WAIT,
                interview.start.atZone(zone), interview.end().atZone(zone),
                guests, false, false, PRIVATE,
                Map.of(INTERVIEW_ID, interview.id.toString(), ROLE, "candidate"),
                conference, null);
    }

    static List<CalendarEvent.Guest> panel(Interview interview) {
        return interview.interviewers.stream().map(i -> new CalendarEvent.Guest(i.name, i.email)).toList();
    }

    static List<CalendarEvent.Guest> candidate(Interview interview) {
        return List.of(new CalendarEvent.Guest(interview.candidateName, interview.candidateEmail));
    }

    /** The event holding an id this interview chose is its own, and alive — not another's, not a cancelled one. */
    static boolean isOwnLiveEvent(CalendarEvent event, Interview interview) {
        return !event.isCancelled() && interview.id.toString().equals(event.privateProperties().get(INTERVIEW_ID));
    }
}
