package com.recruitingscheduler.scheduling;

import com.recruitingscheduler.calendar.CalendarException;
import com.recruitingscheduler.calendar.CalendarGateway;
import com.recruitingscheduler.calendar.RetryPolicy;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.interview.InterviewStatus;
import com.recruitingscheduler.interview.Step;
import com.recruitingscheduler.interview.StepLogEntry;
import com.recruitingscheduler.interview.StepQueue;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Runs interviews' background steps: reads the interview, lets the step call Google outside any transaction, and
 * applies the outcome it returns in one place — under a row lock, unless the interview has moved on meanwhile
 * (cancelled, failed, retried, or the step already finished elsewhere), in which case the outcome is dropped and an
 * event the step just created for an interview that no longer wants it is removed.
 */
@ApplicationScoped
public class SchedulingWorker implements StepExecutor {

    private static final Logger LOG = Logger.getLogger(SchedulingWorker.class);

    private final CalendarGateway calendar;
    private final StepQueue queue;
    private final MeterRegistry metrics;
    private final ConferenceSteps conferenceSteps;
    private final EventSteps eventSteps;
    private final CalendarFailures failures;

    SchedulingWorker(CalendarGateway calendar, SchedulingConfig config, StepQueue queue, MeterRegistry metrics) {
        this.calendar = calendar;
        this.queue = queue;
        this.metrics = metrics;
        this.conferenceSteps = new ConferenceSteps(calendar, config);
        this.eventSteps = new EventSteps(calendar);
        this.failures = new CalendarFailures(new RetryPolicy(config.firstRetryDelay(), config.maxRetryDelay()),
                config.maxStepFailures());
    }

    /**
     * Runs the step planned under {@code token}; does nothing when the interview has planned another step since
     * (the task is stale) — so a revived or duplicated task never repeats work that was replaced.
     */
    @Override
    public void run(UUID id, String token, String worker) {
        Interview interview = QuarkusTransaction.requiringNew().call(() -> {
            Interview found = Interview.findById(id);
            if (found != null) {
                found.interviewers.size(); // the events need the panel after the transaction
            }
            return found;
        });
        if (interview == null || interview.nextStep == null || !token.equals(interview.stepToken)) {
            return;
        }
        MDC.put("interviewId", "interview=" + id + " ");
        try {
            apply(interview, outcomeOf(interview), worker);
        } finally {
            MDC.remove("interviewId");
        }
    }

    /** What running the interview's next step leads to; a Calendar error is an outcome too. */
    StepOutcome outcomeOf(Interview interview) {
        Step step = interview.nextStep;
        try {
            return switch (step) {
                case CREATE_INTERVIEWER_EVENT -> conferenceSteps.createInterviewerEvent(interview);
                case AWAIT_CONFERENCE -> conferenceSteps.awaitConference(interview);
                case CREATE_CANDIDATE_EVENT -> conferenceSteps.createCandidateEvent(interview);
                case INVITE_CANDIDATE -> eventSteps.inviteCandidate(interview);
                case INVITE_INTERVIEWERS -> eventSteps.inviteInterviewers(interview);
                case UPDATE_INTERVIEWER_EVENT -> eventSteps.updateInterviewerEvent(interview);
                case UPDATE_CANDIDATE_EVENT -> eventSteps.updateCandidateEvent(interview);
                case REMOVE_EVENTS -> eventSteps.removeEvents(interview);
            };
        } catch (CalendarException e) {
            LOG.warnf("Interview %s, step %s: %s", interview.id, step, e.getMessage());
            return failures.outcome(interview, step, e);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Interview %s, step %s failed unexpectedly", interview.id, step);
            return failures.outcome(interview, step, new CalendarException(0, "internal", e.toString(), e));
        }
    }

    /**
     * Records the outcome, its history line and the step it plans, in one transaction — if the step is still the
     * interview's plan. Otherwise the outcome no longer applies, and what the step created is cleaned up.
     */
    private void apply(Interview seen, StepOutcome outcome, String worker) {
        boolean applied = QuarkusTransaction.requiringNew().call(() -> {
            Interview current = Interview.findById(seen.id, LockModeType.PESSIMISTIC_WRITE);
            if (current == null || !Objects.equals(current.stepToken, seen.stepToken)) {
                return false;
            }
            if (!(outcome instanceof StepOutcome.Retry)) {
                current.stepAnswered();
            }
            outcome.applyTo(current);
            StepLogEntry.record(seen.id, seen.nextStep, outcome.kind(), outcome.detail(),
                    current.nextStep == null ? null : current.nextStepAt, worker);
            queue.enqueue(current);
            return true;
        });
        if (!applied && !(outcome instanceof StepOutcome.EventIdTaken)) { // a taken id holds another's event: never delete it
            removeIfAbandoned(seen);
        } else if (outcome instanceof StepOutcome.InterviewersInvited) {
            metrics.timer("recruiting.interview.time.to.scheduled").record(Duration.between(seen.createdAt, Instant.now()));
            LOG.infof("Interview %s scheduled: both events share conference %s", seen.id, seen.conferenceId);
        } else if (outcome instanceof StepOutcome.Failed failed) {
            LOG.infof("Interview %s failed: %s", seen.id, failed.detail());
        }
    }

    private void removeIfAbandoned(Interview seen) {
        String created = switch (seen.nextStep) {
            case CREATE_INTERVIEWER_EVENT -> seen.interviewerEventId;
            case CREATE_CANDIDATE_EVENT -> seen.candidateEventId;
            default -> null;
        };
        if (created == null) {
            return;
        }
        Interview current = QuarkusTransaction.requiringNew().call(() -> Interview.findById(seen.id));
        boolean abandoned = current == null || current.attempt != seen.attempt
                || current.status == InterviewStatus.CANCELLED || current.status == InterviewStatus.FAILED;
        if (abandoned) {
            try {
                calendar.delete(created);
            } catch (CalendarException e) {
                LOG.warnf("Interview %s: could not remove abandoned event %s: %s", seen.id, created, e.getMessage());
            }
        }
    }
}
