package com.recruitingscheduler.sandbox.calendar;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * An e-mail the sandbox would have sent to one guest: what that guest sees of the event at that moment.
 *
 * @param event the event as the recipient sees it (other guests hidden when the event hides them)
 */
public record Invitation(String to, Kind kind, Instant sentAt, ObjectNode event) {

    public enum Kind {
        INVITATION("Invitation"), UPDATED("Updated invitation"), CANCELLED("Cancelled event");

        public final String subjectPrefix;

        Kind(String subjectPrefix) {
            this.subjectPrefix = subjectPrefix;
        }
    }
}
