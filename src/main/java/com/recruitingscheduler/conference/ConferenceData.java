package com.recruitingscheduler.conference;

/**
 * An event's {@code conferenceData} as the app sees it: a create request, a conference, or both (a request that
 * succeeded). Pending and failed requests have no conference.
 *
 * @param verbatim the whole {@code conferenceData} exactly as Google sent it (JSON, fields this app does not know
 *                 included): what is copied into another event, less the create request. Null for what the app
 *                 writes itself (a create request).
 */
public record ConferenceData(CreateRequest createRequest, ConferenceSolution solution, String verbatim) {

    public static ConferenceData request(CreateRequest createRequest) {
        return new ConferenceData(createRequest, null, null);
    }

    /**
     * The conference to write into another event: Google's own data, copied as it came. Never rebuilt from the fields
     * the app keeps, or whatever Google added that the app does not know would be lost and the signature fail.
     */
    public static ConferenceData copyOf(ConferenceSolution solution, String verbatim) {
        if (solution == null || verbatim == null || verbatim.isBlank()) {
            throw new InvalidConferenceException("Only a conference as Google sent it, signature included, can be copied.");
        }
        return new ConferenceData(null, solution, verbatim);
    }

    /** Whether this is a copy of an existing conference rather than a request for a new one. */
    public boolean isCopy() {
        return createRequest == null && verbatim != null;
    }

    /** Where Google stands with the conference: pending while it creates it, then success or failure. */
    public CreateRequest.Status status() {
        if (createRequest != null && createRequest.status() != null) {
            return createRequest.status();
        }
        return solution != null ? CreateRequest.Status.SUCCESS : CreateRequest.Status.PENDING;
    }
}
