package com.recruitingscheduler.interview;

import com.recruitingscheduler.calendar.CalendarEvent;
import com.recruitingscheduler.calendar.CalendarException;
import com.recruitingscheduler.calendar.CalendarGateway;
import com.recruitingscheduler.calendar.RetryPolicy;
import com.recruitingscheduler.conference.ConferenceData;
import com.recruitingscheduler.conference.ConferenceSolution;
import com.recruitingscheduler.conference.CreateRequest;
import com.recruitingscheduler.conference.SolutionType;
import com.recruitingscheduler.web.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Runs the background steps of interviews: create the interviewers' event with a conference request, wait until
 * Google has created the conference, copy it into the candidate's event, or remove both events. Each step reads
 * the interview, calls Google outside any transaction, then records the outcome — unless the interview moved on
 * meanwhile (cancelled or retried), in which case the outcome is dropped and the next step cleans up.
 */
@ApplicationScoped
public class SchedulingWorker {

    private static final Logger LOG = Logger.getLogger(SchedulingWorker.class);
    /** The instance running the current step on this thread, for the step log. */
    private static final ThreadLocal<String> WORKER = new ThreadLocal<>();

    private final CalendarGateway calendar;
    private final SchedulingConfig config;
    private final DurableSteps steps;
    private final RetryPolicy retryPolicy;

    private final MeterRegistry metrics;

    SchedulingWorker(CalendarGateway calendar, SchedulingConfig config, DurableSteps steps, MeterRegistry metrics) {
        this.metrics = metrics;
        this.calendar = calendar;
        this.config = config;
        this.steps = steps;
        this.retryPolicy = new RetryPolicy(config.firstRetryDelay(), config.maxRetryDelay(),
                config.firstQuotaDelay(), config.maxQuotaDelay());
    }

    /**
     * Runs the step planned under {@code token}; does nothing when the interview has planned another step since
     * (the task is stale) — so a revived or duplicated task never repeats work that was replaced.
     */
    void runStep(UUID id, String token, String worker) {
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
        Step step = interview.nextStep;
        WORKER.set(worker);
        MDC.put("interviewId", "interview=" + id + " ");
        try {
            switch (step) {
                case CREATE_INTERVIEWER_EVENT -> createInterviewerEvent(interview);
                case AWAIT_CONFERENCE -> awaitConference(interview);
                case CREATE_CANDIDATE_EVENT -> createCandidateEvent(interview);
                case REMOVE_EVENTS -> removeEvents(interview);
                case MOVE_INTERVIEWER_EVENT -> move(interview, interview.interviewerEventId,
                        ZoneId.of(interview.recruiterTimeZone), Step.MOVE_CANDIDATE_EVENT);
                case MOVE_CANDIDATE_EVENT -> move(interview, interview.candidateEventId,
                        ZoneId.of(interview.candidateTimeZone), null);
                case CHECK_CALENDAR -> { } // not an interview's own step: see CalendarDrift
            }
        } catch (CalendarException e) {
            LOG.warnf("Interview %s, step %s: %s", id, step, e.getMessage());
            onCalendarError(interview, step, e);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Interview %s, step %s failed unexpectedly", id, step);
            onCalendarError(interview, step, new CalendarException(0, "internal", e.toString(), e));
        } finally {
            WORKER.remove();
            MDC.remove("interviewId");
        }
    }

    private void createInterviewerEvent(Interview interview) {
        ConferenceData conference;
        if (interview.isCopyingConference()) {
            CalendarEvent source = calendar.find(interview.copyFromEventId).filter(e -> !e.isCancelled()).orElse(null);
            if (source == null) {
                fail(interview, "There is no event '" + interview.copyFromEventId
                        + "' on the organizer calendar to copy the conference from.");
                return;
            }
            if (source.conference() == null || source.conference().solution() == null) {
                fail(interview, "The event '" + interview.copyFromEventId + "' has no conference to copy.");
                return;
            }
            conference = ConferenceData.copyOf(source.conference().solution());
        } else {
            List<SolutionType> allowed = calendar.allowedSolutionTypes().stream().filter(SolutionType::canBeCreated).toList();
            String refusal = refusal(interview.requestedSolutionType, allowed);
            if (refusal != null) {
                fail(interview, refusal);
                return;
            }
            SolutionType type = interview.requestedSolutionType == null ? allowed.get(0)
                    : SolutionType.requireKey(interview.requestedSolutionType);
            interview.requestedSolutionType = type.key(); // recorded with the outcome
            conference = ConferenceData.request(new CreateRequest(interview.conferenceRequestId, type, null));
        }
        CalendarEvent created = calendar.insert(InterviewEvents.forInterviewers(interview, conference));
        if (interview.isCopyingConference()) {
            ConferenceSolution copied = conference.solution();
            if (!Objects.equals(created.conferenceId(), copied.conferenceId())) {
                fail(interview, "Google did not keep the conference copied from event '" + interview.copyFromEventId
                        + "': its signature did not verify.");
                return;
            }
            conferenceReady(interview, Step.CREATE_INTERVIEWER_EVENT, created, created.conference().solution());
            return;
        }
        onConferenceState(interview, Step.CREATE_INTERVIEWER_EVENT, created);
    }

    /** Why the calendar cannot have the conference asked for; null when it can. */
    private static String refusal(String requested, List<SolutionType> allowed) {
        if (allowed.isEmpty()) {
            return "The organizer calendar allows no conference type this app can create.";
        }
        if (requested != null && !allowed.contains(SolutionType.requireKey(requested))) {
            return "The organizer calendar does not allow " + SolutionType.requireKey(requested).displayName()
                    + " conferences (it allows " + String.join(", ", allowed.stream().map(SolutionType::displayName).toList()) + ").";
        }
        return null;
    }

    private void awaitConference(Interview interview) {
        CalendarEvent event = calendar.find(interview.interviewerEventId).filter(e -> !e.isCancelled()).orElse(null);
        if (event == null) {
            fail(interview, "The interviewers' event was deleted from the calendar before its conference was ready.");
            return;
        }
        onConferenceState(interview, Step.AWAIT_CONFERENCE, event);
    }

    private void onConferenceState(Interview interview, Step step, CalendarEvent event) {
        ConferenceData data = event.conference();
        String solution = SolutionType.requireKey(interview.requestedSolutionType).displayName();
        if (data == null) {
            fail(interview, "Google ignored the request for a " + solution + " conference: the event came back without one.");
            return;
        }
        switch (data.status()) {
            case SUCCESS -> {
                if (data.solution() == null) {
                    fail(interview, "Google reported the " + solution + " conference as created but sent no way to join it.");
                } else {
                    conferenceReady(interview, step, event, data.solution());
                }
            }
            case FAILURE -> fail(interview, "Google could not create the " + solution
                    + " conference (the create request ended in failure). Retry to ask again with a new request.");
            case PENDING -> {
                if (interview.conferencePolls >= config.maxConferencePolls()) {
                    fail(interview, "Google did not finish creating the " + solution + " conference after "
                            + interview.conferencePolls + " checks.");
                    return;
                }
                Duration wait = doubling(config.firstPollDelay(), interview.conferencePolls, config.maxPollDelay());
                String detail = step == Step.CREATE_INTERVIEWER_EVENT
                        ? "Interviewers' event created; Google says the conference is pending"
                        : "Google says the conference is pending";
                update(interview, StepLogEntry.Outcome.WAITING, detail, current -> {
                    current.requestedSolutionType = interview.requestedSolutionType;
                    current.interviewerEventLink = event.htmlLink();
                    current.conferencePolls++;
                    current.planStep(Step.AWAIT_CONFERENCE, Instant.now().plus(wait));
                });
            }
        }
    }

    private void conferenceReady(Interview interview, Step step, CalendarEvent event, ConferenceSolution conference) {
        update(interview, StepLogEntry.Outcome.DONE, step == Step.CREATE_INTERVIEWER_EVENT
                ? "Interviewers' event created with its conference" : "Google created the conference", current -> {
            current.requestedSolutionType = interview.requestedSolutionType;
            current.interviewerEventLink = event.htmlLink();
            current.recordConference(conference);
            current.planStep(Step.CREATE_CANDIDATE_EVENT, Instant.now());
        });
    }

    private void createCandidateEvent(Interview interview) {
        ConferenceSolution conference = interview.conference();
        CalendarEvent created = calendar.insert(InterviewEvents.forCandidate(interview, ConferenceData.copyOf(conference)));
        if (!Objects.equals(created.conferenceId(), conference.conferenceId())) {
            fail(interview, "Google dropped the conference copied into the candidate's event: its signature did not "
                    + "verify, so the candidate would have had no way to join. Both events are removed; retry to "
                    + "schedule again with a new conference.");
            return;
        }
        update(interview, StepLogEntry.Outcome.DONE, "Candidate's event created with the same conference", current -> {
            current.candidateEventLink = created.htmlLink();
            current.status = InterviewStatus.SCHEDULED;
            current.planStep(null, null);
        });
        metrics.timer("recruiting.interview.time.to.scheduled").record(Duration.between(interview.createdAt, Instant.now()));
        LOG.infof("Interview %s scheduled: events %s and %s share conference %s", interview.id,
                interview.interviewerEventId, interview.candidateEventId, conference.conferenceId());
    }

    /** Moves one event to the interview's (new) time, telling its guests; the conference stays. */
    private void move(Interview interview, String eventId, ZoneId zone, Step next) {
        CalendarEvent moved = calendar.move(eventId, interview.start.atZone(zone), interview.end().atZone(zone));
        update(interview, StepLogEntry.Outcome.DONE, "Moved to " + Times.describe(moved.start()) + "; guests told",
                current -> current.planStep(next, Instant.now()));
    }

    /** A move that cannot be made: the interview keeps its events and asks the recruiter to look. */
    private void needsAttention(Interview interview, String problem) {
        update(interview, StepLogEntry.Outcome.FAILED, problem, current -> {
            current.status = InterviewStatus.NEEDS_ATTENTION;
            current.attention = problem;
            current.planStep(null, null);
        });
    }

    private void removeEvents(Interview interview) {
        calendar.delete(interview.candidateEventId);
        calendar.delete(interview.interviewerEventId);
        update(interview, StepLogEntry.Outcome.DONE, "Both events removed; guests told", current -> {
            current.planStep(null, null);
        });
    }

    /** The interview is FAILED with the reason; its events are removed next, so no guest keeps a dead invite. */
    private void fail(Interview interview, String reason) {
        update(interview, StepLogEntry.Outcome.FAILED, reason, current -> {
            current.status = InterviewStatus.FAILED;
            current.failureReason = reason;
            current.planStep(Step.REMOVE_EVENTS, Instant.now());
        });
        LOG.infof("Interview %s failed: %s", interview.id, reason);
    }

    private void onCalendarError(Interview interview, Step step, CalendarException e) {
        var decision = retryPolicy.onFailure(e, interview.stepFailures)
                .filter(d -> !d.countsAsFailure() || interview.stepFailures + 1 < config.maxStepFailures());
        if (decision.isPresent()) {
            Duration wait = decision.get().delay();
            boolean counts = decision.get().countsAsFailure();
            update(interview, StepLogEntry.Outcome.RETRYING, decision.get().explanation(), current -> {
                if (counts) {
                    current.stepFailures++;
                    current.lastError = decision.get().explanation();
                }
                current.planStep(step, Instant.now().plus(wait));
            });
        } else if (step == Step.MOVE_INTERVIEWER_EVENT || step == Step.MOVE_CANDIDATE_EVENT) {
            needsAttention(interview, (step == Step.MOVE_INTERVIEWER_EVENT ? "The interviewers' event" : "The candidate's event")
                    + " could not be moved to the new time: " + e.getMessage());
        } else if (step == Step.REMOVE_EVENTS) {
            update(interview, StepLogEntry.Outcome.FAILED, e.getMessage(), current -> {
                current.lastError = "The events could not be removed: " + e.getMessage();
                current.planStep(null, null);
            });
        } else {
            fail(interview, e.getMessage());
        }
    }

    /**
     * Records a step's outcome and enqueues the step it plans, in one transaction — unless the interview has moved
     * on since the step began (cancelled, failed, retried, or the same step already finished elsewhere). Then the
     * outcome no longer applies; an event this step just created for an interview that no longer wants it is
     * removed, so a cancel racing a create leaves no orphan.
     */
    private void update(Interview seen, StepLogEntry.Outcome outcome, String detail, Consumer<Interview> change) {
        boolean applied = QuarkusTransaction.requiringNew().call(() -> {
            Interview current = Interview.findById(seen.id, LockModeType.PESSIMISTIC_WRITE);
            if (current == null || !Objects.equals(current.stepToken, seen.stepToken)) {
                return false;
            }
            if (outcome != StepLogEntry.Outcome.RETRYING) {
                // a step that got an answer (or gave up) starts the next one with a clean slate
                current.stepFailures = 0;
                current.lastError = null;
            }
            change.accept(current);
            current.updatedAt = Instant.now();
            StepLogEntry.record(seen.id, seen.nextStep, outcome, detail, current.nextStep == null ? null : current.nextStepAt,
                    WORKER.get());
            steps.enqueue(current);
            return true;
        });
        if (!applied) {
            removeIfAbandoned(seen);
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

    private static Duration doubling(Duration first, int times, Duration cap) {
        Duration wait = first.multipliedBy(1L << Math.min(times, 20));
        return wait.compareTo(cap) > 0 ? cap : wait;
    }
}
