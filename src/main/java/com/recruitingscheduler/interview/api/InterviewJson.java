package com.recruitingscheduler.interview.api;

import com.recruitingscheduler.conference.ConferenceSolution;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.web.PublicUrl;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An interview as the JSON API shows it (the contract applicant-tracking systems depend on). */
public record InterviewJson(UUID id, String status, String title, Candidate candidate, List<Person> interviewers,
                            Instant start, int durationMinutes, String interviewerNotes, String interviewerEventId, String candidateEventId,
                            Conference conference, String failureReason, String attention, String nextStep,
                            String createdBy, String pool, String schedulingLink, Instant updatedAt) {

    public record Candidate(String name, String email, String timeZone) {
    }

    /** A panel member; {@code shadow}: a trainee sitting in, not one of the pool's count. */
    public record Person(String name, String email, boolean shadow) {
    }

    public record Conference(String conferenceId, String solutionType, String solutionName, String iconUri,
                             List<EntryPoint> entryPoints, String notes) {
    }

    public record EntryPoint(String entryPointType, String uri, String label, String pin, String accessCode,
                             String meetingCode, String passcode, String password) {
    }

    public static InterviewJson of(Interview interview) {
        ConferenceSolution conference = interview.conference();
        return new InterviewJson(interview.id, interview.status.name(), interview.title,
                new Candidate(interview.candidateName, interview.candidateEmail, interview.candidateTimeZone),
                interview.interviewers.stream().map(i -> new Person(i.name, i.email, i.shadow)).toList(),
                interview.start, interview.durationMinutes, interview.interviewerNotes,
                interview.hasInterviewerEvent() ? interview.interviewerEventId : null,
                interview.hasCandidateEvent() ? interview.candidateEventId : null,
                conference == null ? null : new Conference(conference.conferenceId(), conference.type().key(),
                        conference.name(), conference.iconUri(),
                        conference.entryPoints().stream().map(e -> new EntryPoint(e.type().key(), e.uri(), e.label(),
                                e.pin(), e.accessCode(), e.meetingCode(), e.passcode(), e.password())).toList(),
                        conference.notes()),
                interview.failureReason, interview.attention,
                interview.nextStep == null ? null : interview.nextStep.name(), interview.createdBy, interview.poolName,
                interview.linkIsLive(Instant.now()) ? PublicUrl.schedulingLink(interview.schedulingToken) : null,
                interview.updatedAt);
    }
}
