package com.recruitingscheduler.interview;

import java.util.EnumSet;
import java.util.Set;

import static com.recruitingscheduler.interview.InterviewStatus.AWAITING_CANDIDATE;
import static com.recruitingscheduler.interview.InterviewStatus.CANCELLED;
import static com.recruitingscheduler.interview.InterviewStatus.FAILED;
import static com.recruitingscheduler.interview.InterviewStatus.NEEDS_ATTENTION;
import static com.recruitingscheduler.interview.InterviewStatus.SCHEDULED;
import static com.recruitingscheduler.interview.InterviewStatus.SCHEDULING;

/**
 * Which status may follow which, and by what: the one table of an interview's lifecycle. Pure; {@link Interview} asks
 * it for every change of its status, so no status is written that the table does not allow.
 *
 * <pre>
 *  what happened       from                                               to
 *  SCHEDULE            (new)                                              SCHEDULING
 *  AWAIT_CANDIDATE     (new)                                              AWAITING_CANDIDATE
 *  CANDIDATE_CHOSE     AWAITING_CANDIDATE                                 SCHEDULING
 *  EVERYONE_INVITED    SCHEDULING                                         SCHEDULED
 *  CHANGE              SCHEDULED, NEEDS_ATTENTION                         SCHEDULED
 *  ATTENTION_NEEDED    SCHEDULED                                          NEEDS_ATTENTION
 *  FAIL                SCHEDULING                                         FAILED
 *  RETRY               FAILED                                             SCHEDULING
 *  CANCEL              AWAITING_CANDIDATE, SCHEDULING, SCHEDULED,         CANCELLED
 *                      NEEDS_ATTENTION, FAILED
 * </pre>
 */
public enum StatusChange {

    SCHEDULE(null, SCHEDULING),
    AWAIT_CANDIDATE(null, AWAITING_CANDIDATE),
    CANDIDATE_CHOSE(EnumSet.of(AWAITING_CANDIDATE), SCHEDULING),
    EVERYONE_INVITED(EnumSet.of(SCHEDULING), SCHEDULED),
    CHANGE(EnumSet.of(SCHEDULED, NEEDS_ATTENTION), SCHEDULED),
    ATTENTION_NEEDED(EnumSet.of(SCHEDULED), NEEDS_ATTENTION),
    FAIL(EnumSet.of(SCHEDULING), FAILED),
    RETRY(EnumSet.of(FAILED), SCHEDULING),
    CANCEL(EnumSet.complementOf(EnumSet.of(CANCELLED)), CANCELLED);

    /** The statuses this may happen in; null: only to an interview that has none yet (a new one). */
    private final Set<InterviewStatus> from;
    private final InterviewStatus to;

    StatusChange(Set<InterviewStatus> from, InterviewStatus to) {
        this.from = from;
        this.to = to;
    }

    /** Whether this may happen to an interview in {@code status} (null: a new interview). */
    public boolean allowedFrom(InterviewStatus status) {
        return from == null ? status == null : status != null && from.contains(status);
    }

    /**
     * The status after this happened to an interview in {@code status}.
     *
     * @throws InterviewStateException when the table does not allow it
     */
    public InterviewStatus after(InterviewStatus status) {
        if (!allowedFrom(status)) {
            throw new InterviewStateException("An interview " + (status == null ? "not yet stored" : status.label.toLowerCase())
                    + " cannot be " + describe() + ".");
        }
        return to;
    }

    private String describe() {
        return switch (this) {
            case SCHEDULE -> "scheduled anew";
            case AWAIT_CANDIDATE -> "left to the candidate";
            case CANDIDATE_CHOSE -> "given the candidate's choice";
            case EVERYONE_INVITED -> "marked scheduled";
            case CHANGE -> "changed";
            case ATTENTION_NEEDED -> "marked as needing attention";
            case FAIL -> "failed";
            case RETRY -> "retried";
            case CANCEL -> "cancelled";
        };
    }
}
