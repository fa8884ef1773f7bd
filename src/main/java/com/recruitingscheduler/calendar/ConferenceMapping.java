package com.recruitingscheduler.calendar;

import com.google.api.services.calendar.model.ConferenceRequestStatus;
import com.google.api.services.calendar.model.ConferenceSolutionKey;
import com.google.api.services.calendar.model.CreateConferenceRequest;
import com.recruitingscheduler.conference.ConferenceData;
import com.recruitingscheduler.conference.ConferenceSolution;
import com.recruitingscheduler.conference.CreateRequest;
import com.recruitingscheduler.conference.EntryPoint;
import com.recruitingscheduler.conference.EntryPointType;
import com.recruitingscheduler.conference.SolutionType;


/** Translates conference data between this app's model and the generated Calendar client's model, both ways. */
final class ConferenceMapping {

    private ConferenceMapping() {
    }

    /** Reads Google's conference data; a conference breaking Google's own rules is refused, not half-read. */
    static ConferenceData fromGoogle(com.google.api.services.calendar.model.ConferenceData data) {
        if (data == null) {
            return null;
        }
        CreateRequest request = null;
        CreateConferenceRequest google = data.getCreateRequest();
        if (google != null) {
            String type = google.getConferenceSolutionKey() == null ? null : google.getConferenceSolutionKey().getType();
            String status = google.getStatus() == null ? null : google.getStatus().getStatusCode();
            request = new CreateRequest(google.getRequestId(), type == null ? null : SolutionType.requireKey(type),
                    status == null ? null : CreateRequest.Status.requireKey(status));
        }
        ConferenceSolution solution = null;
        boolean hasConference = data.getEntryPoints() != null && !data.getEntryPoints().isEmpty();
        if (hasConference) {
            var googleSolution = data.getConferenceSolution();
            String type = googleSolution == null || googleSolution.getKey() == null ? null : googleSolution.getKey().getType();
            solution = new ConferenceSolution(
                    type == null ? (request == null ? null : request.type()) : SolutionType.requireKey(type),
                    googleSolution == null ? null : googleSolution.getName(),
                    googleSolution == null ? null : googleSolution.getIconUri(),
                    data.getConferenceId(),
                    data.getEntryPoints().stream().map(ConferenceMapping::fromGoogle).toList(),
                    data.getNotes(),
                    data.getSignature());
        }
        if (request == null && solution == null) {
            return null;
        }
        return new ConferenceData(request, solution);
    }

    static EntryPoint fromGoogle(com.google.api.services.calendar.model.EntryPoint e) {
        return new EntryPoint(EntryPointType.requireKey(e.getEntryPointType()), e.getUri(), e.getLabel(), e.getPin(),
                e.getAccessCode(), e.getMeetingCode(), e.getPasscode(), e.getPassword(), e.getRegionCode());
    }

    /** Writes conference data for an event: a create request, or a whole signed conference to copy. */
    static com.google.api.services.calendar.model.ConferenceData toGoogle(ConferenceData data) {
        var google = new com.google.api.services.calendar.model.ConferenceData();
        if (data.solution() != null) {
            ConferenceSolution solution = data.solution();
            google.setConferenceSolution(new com.google.api.services.calendar.model.ConferenceSolution()
                    .setKey(new ConferenceSolutionKey().setType(solution.type().key()))
                    .setName(solution.name())
                    .setIconUri(solution.iconUri()));
            google.setConferenceId(solution.conferenceId());
            google.setEntryPoints(solution.entryPoints().stream().map(ConferenceMapping::toGoogle).toList());
            google.setNotes(solution.notes());
            google.setSignature(solution.signature());
        } else if (data.createRequest() != null) {
            CreateRequest request = data.createRequest();
            google.setCreateRequest(new CreateConferenceRequest()
                    .setRequestId(request.requestId())
                    .setConferenceSolutionKey(new ConferenceSolutionKey().setType(request.type().key()))
                    .setStatus(request.status() == null ? null
                            : new ConferenceRequestStatus().setStatusCode(request.status().key())));
        }
        return google;
    }

    static com.google.api.services.calendar.model.EntryPoint toGoogle(EntryPoint e) {
        return new com.google.api.services.calendar.model.EntryPoint()
                .setEntryPointType(e.type().key())
                .setUri(e.uri())
                .setLabel(e.label())
                .setPin(e.pin())
                .setAccessCode(e.accessCode())
                .setMeetingCode(e.meetingCode())
                .setPasscode(e.passcode())
                .setPassword(e.password())
                .setRegionCode(e.regionCode());
    }

}
