package com.recruitingscheduler.conference;

/** A conference that breaks one of Google's rules for {@code conferenceData}; the message says which, in plain words. */
public class InvalidConferenceException extends RuntimeException {
    public InvalidConferenceException(String message) {
        super(message);
    }
}
