package com.recruitingscheduler.scheduling;

import com.recruitingscheduler.calendar.CalendarException;
import com.recruitingscheduler.calendar.RetryPolicy;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.interview.Step;
import com.recruitingscheduler.scheduling.StepOutcome.Failed;
import com.recruitingscheduler.scheduling.StepOutcome.NeedsAttention;
import com.recruitingscheduler.scheduling.StepOutcome.RemovalFailed;
import com.recruitingscheduler.scheduling.StepOutcome.Retry;

import java.time.Instant;

/**
 * What a step that met a Calendar error leads to. Transient errors retry until the step's limit; waiting for the
 * request budget or for a paused organizer retries without limit and without counting; configuration errors fail at
 * once. What cannot be retried fails the interview — except a change, which asks the recruiter to look, and a removal,
 * which says what is left behind.
 */
final class CalendarFailures {

    private final RetryPolicy policy;
    private final int maxStepFailures;

    CalendarFailures(RetryPolicy policy, int maxStepFailures) {
        this.policy = policy;
        this.maxStepFailures = maxStepFailures;
    }

    StepOutcome outcome(Interview interview, Step step, CalendarException e) {
        var retry = policy.onFailure(e, interview.stepFailures)
                .filter(d -> !d.countsAsFailure() || interview.stepFailures + 1 < maxStepFailures);
        if (retry.isPresent()) {
            var decision = retry.get();
            String shown = decision.countsAsFailure() || e.isPause() ? decision.explanation() : null;
            return new Retry(Instant.now().plus(decision.delay()), decision.countsAsFailure(), decision.explanation(), shown);
        }
        return switch (step) {
            case UPDATE_INTERVIEWER_EVENT -> new NeedsAttention("The interviewers' event could not be changed as asked: " + e.getMessage());
            case UPDATE_CANDIDATE_EVENT -> new NeedsAttention("The candidate's event could not be changed as asked: " + e.getMessage());
            case REMOVE_EVENTS -> new RemovalFailed(e.getMessage());
            default -> new Failed(e.getMessage());
        };
    }
}
