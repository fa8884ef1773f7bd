package com.recruitingscheduler.conference;

import java.util.UUID;

/** A request to Google to create a conference for an event; Google answers asynchronously through {@link Status}. */
public record CreateRequest(String requestId, SolutionType type, Status status) {

    public enum Status {
        PENDING("pending"), SUCCESS("success"), FAILURE("failure");

        private final String key;

        Status(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Status requireKey(String key) {
            for (Status status : values()) {
                if (status.key.equals(key)) {
                    return status;
                }
            }
            throw new InvalidConferenceException("Unknown create request status '" + key + "'.");
        }
    }

    public CreateRequest {
        if (requestId == null || requestId.isBlank()) {
            throw new InvalidConferenceException("A conference create request needs a request id.");
        }
        if (type == null) {
            throw new InvalidConferenceException("A conference create request needs a solution type.");
        }
    }

    /** A new request: Google ignores a request id it has seen before, so every request gets a fresh one. */
    public static CreateRequest fresh(SolutionType type) {
        if (!type.canBeCreated()) {
            throw new InvalidConferenceException("API clients cannot create " + type.key() + " conferences; only hangoutsMeet.");
        }
        return new CreateRequest(UUID.randomUUID().toString(), type, null);
    }
}
