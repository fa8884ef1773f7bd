package com.recruitingscheduler.calendar;

import com.google.api.services.calendar.model.ConferenceRequestStatus;
import com.google.api.services.calendar.model.ConferenceSolutionKey;
import com.google.api.services.calendar.model.CreateConferenceRequest;
import com.google.api.client.json.gson.GsonFactory;
import com.recruitingscheduler.conference.ConferenceData;
import com.recruitingscheduler.conference.ConferenceSolution;
import com.recruitingscheduler.conference.CreateRequest;
import com.recruitingscheduler.conference.EntryPoint;
import com.recruitingscheduler.conference.EntryPointType;
import com.recruitingscheduler.conference.InvalidConferenceException;
import com.recruitingscheduler.conference.SolutionType;

import java.io.IOException;
import java.io.UncheckedIOException;


/** Translates conference data between this app's model and the generated Calendar client's model, both ways. */
final class ConferenceMapping {

    private ConferenceMapping() {
    }

    private static final GsonFactory JSON = GsonFactory.getDefaultInstance();

    /**
     * Reads Google's conference data, keeping the whole of it as Google sent it (for copies); a conference breaking
     * Google's own rules is refused, not half-read.
     */
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
        return new ConferenceData(request, solution, solution == null ? null : verbatim(data));
    }

    private static String verbatim(com.google.api.services.calendar.model.ConferenceData data) {
        try {
            return JSON.toString(data); // unknown fields too: the generated model keeps them
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EntryPoint fromGoogle(com.google.api.services.calendar.model.EntryPoint e) {
        return new EntryPoint(EntryPointType.requireKey(e.getEntryPointType()), e.getUri(), e.getLabel(), e.getPin(),
                e.getAccessCode(), e.getMeetingCode(), e.getPasscode(), e.getPassword(), e.getRegionCode());
    }

    /**
     * Writes conference data for an event: a create request, or a copy of a conference exactly as Google sent it,
     * less its create request (which belongs to the event that asked).
     */
    static com.google.api.services.calendar.model.ConferenceData toGoogle(ConferenceData data) {
        if (data.isCopy()) {
            try {
                var copy = JSON.fromString(data.verbatim(), com.google.api.services.calendar.model.ConferenceData.class);
                copy.setCreateRequest(null);
                return copy;
            } catch (IOException e) {
                throw new InvalidConferenceException("The stored conference is not valid JSON: " + e.getMessage());
            }
        }
        CreateRequest request = data.createRequest();
        return new com.google.api.services.calendar.model.ConferenceData().setCreateRequest(new CreateConferenceRequest()
                .setRequestId(request.requestId())
                .setConferenceSolutionKey(new ConferenceSolutionKey().setType(request.type().key()))
                .setStatus(request.status() == null ? null
                        : new ConferenceRequestStatus().setStatusCode(request.status().key())));
    }
}
