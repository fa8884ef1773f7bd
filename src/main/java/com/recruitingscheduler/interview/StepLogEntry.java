package com.recruitingscheduler.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of an interview's history: an action someone took (schedule, move, cancel, retry — with who took it), a
 * run of a background step (what was done, what came of it, when the next try is due), or a finding of the periodic
 * comparison with Google Calendar, which is no step of the interview's own. Every line names its actor: the
 * recruiter's e-mail, the API key ({@code api-key:<name>}), or {@value #APP} for the app's own background work.
 */
@Entity
@Table(name = "interview_step_log")
public class StepLogEntry extends PanacheEntityBase {

    public enum Outcome {
        DONE("done"), WAITING("waiting"), RETRYING("will retry"), FAILED("failed");

        public final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    /** What a person or an integration did to an interview. */
    public enum Action {
        SCHEDULE("Scheduled"), LINK_SENT("Link e-mailed to the candidate"), CHOOSE("Time chosen"), MOVE("Moved"), CHANGE("Changed"), CANCEL("Cancelled"), RETRY("Tried again");

        public final String label;

        Action(String label) {
            this.label = label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public static final String CALENDAR_CHECK = "CALENDAR_CHECK";
    /** The actor of the app's own background work. */
    public static final String APP = "app";
    /** The actor of what the candidate does on their link. */
    public static final String CANDIDATE = "candidate";

    public UUID interviewId;
    public Instant at;
    /** The step that ran; null for a comparison with Google Calendar. */
    @Enumerated(EnumType.STRING)
    public Step step;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public String detail;
    public Instant nextAt;
    /** The app instance that ran the step. */
    public String worker;
    /** What someone did; null for the app's own work. */
    @Enumerated(EnumType.STRING)
    public Action action;
    /** Who did it: a recruiter's e-mail, {@code api-key:<name>}, or {@value #APP}. */
    public String actor;

    /** What happened, as the history shows it. */
    public String label() {
        if (action != null) {
            return action.label;
        }
        return step == null ? "Compare with Google Calendar" : step.label;
    }

    /** What happened, as the API names it. */
    public String name() {
        if (action != null) {
            return action.name();
        }
        return step == null ? CALENDAR_CHECK : step.name();
    }

    /** Records what someone did, in the caller's transaction. */
    public static void recordAction(UUID interviewId, Action action, String actor, String detail) {
        StepLogEntry entry = new StepLogEntry();
        entry.interviewId = interviewId;
        entry.at = Instant.now();
        entry.action = action;
        entry.actor = actor;
        entry.outcome = Outcome.DONE;
        entry.detail = detail;
        entry.persist();
    }

    /** Records a run of the app's own work (a step, or a comparison with Google Calendar), in the caller's transaction. */
    public static void record(UUID interviewId, Step step, Outcome outcome, String detail, Instant nextAt, String worker) {
        StepLogEntry entry = new StepLogEntry();
        entry.actor = APP;
        entry.interviewId = interviewId;
        entry.at = Instant.now();
        entry.step = step;
        entry.outcome = outcome;
        entry.detail = detail;
        entry.nextAt = nextAt;
        entry.worker = worker;
        entry.persist();
    }

    /** The history of one interview, oldest first. */
    public static List<StepLogEntry> history(UUID interviewId) {
        return list("interviewId = ?1 order by at, id", interviewId);
    }

    /** A line of the history as shown: repeated conference checks in a row make one line with their count. */
    public record Line(StepLogEntry first, StepLogEntry last, int times) {
    }

    public static List<Line> lines(List<StepLogEntry> history) {
        List<Line> lines = new java.util.ArrayList<>();
        for (StepLogEntry entry : history) {
            Line previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (previous != null && entry.outcome == Outcome.WAITING && previous.last().outcome == Outcome.WAITING
                    && previous.last().step == entry.step && java.util.Objects.equals(previous.last().detail, entry.detail)) {
                lines.set(lines.size() - 1, new Line(previous.first(), entry, previous.times() + 1));
            } else {
                lines.add(new Line(entry, entry, 1));
            }
        }
        return lines;
    }
}
