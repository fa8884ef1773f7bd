package com.recruitingscheduler.conference;

/**
 * An event's {@code conferenceData} as the app sees it: a create request, a conference, or both (a request that
 * succeeded). Pending and failed requests have no conference.
 */
public record ConferenceData(CreateRequest createRequest, ConferenceSolution solution) {

    public static ConferenceData request(CreateRequest createRequest) {
        return new ConferenceData(createRequest, null);
    }

    public static ConferenceData copyOf(ConferenceSolution solution) {
        return new ConferenceData(null, solution);
    }

    /** Where Google stands with the conference: pending while it creates it, then success or failure. */
    public CreateRequest.Status status() {
        if (createRequest != null && createRequest.status() != null) {
            return createRequest.status();
        }
        return solution != null ? CreateRequest.Status.SUCCESS : CreateRequest.Status.PENDING;
    }
}
