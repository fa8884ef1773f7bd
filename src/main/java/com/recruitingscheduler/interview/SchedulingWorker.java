package com.recruitingscheduler.interview;

import com.recruitingscheduler.calendar.CalendarEvent;
import com.recruitingscheduler.calendar.CalendarException;
import com.recruitingscheduler.calendar.CalendarGateway;
import com.recruitingscheduler.conference.ConferenceData;
import com.recruitingscheduler.conference.ConferenceSolution;
import com.recruitingscheduler.conference.CreateRequest;
import com.recruitingscheduler.conference.SolutionType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private static final int BATCH = 25;
    private static final int MAX_PASSES = 20;

    private final CalendarGateway calendar;
    private final SchedulingConfig config;
    private final ManagedExecutor executor;
    private final AtomicBoolean running = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "scheduling-wake-up");
        thread.setDaemon(true);
        return thread;
    });

    SchedulingWorker(CalendarGateway calendar, SchedulingConfig config, ManagedExecutor executor) {
        this.calendar = calendar;
        this.config = config;
        this.executor = executor;
    }

    @Scheduled(every = "${recruiting.scheduling.sweep-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        runDueSteps();
    }

    /** Starts working now rather than at the next sweep, e.g. right after an interview was stored. */
    public void wake() {
        executor.execute(this::runDueSteps);
    }

    /**
     * Runs the due steps until none is due: a step that plans its successor for now (the candidate event after the
     * conference) runs in the same pass. Only one pass runs at a time in this process.
     */
    public void runDueSteps() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                List<UUID> due = QuarkusTransaction.requiringNew().call(() -> Interview.dueForStep(Instant.now(), BATCH));
                if (due.isEmpty()) {
                    break;
                }
                due.forEach(this::runStep);
            }
        } finally {
            running.set(false);
        }
        wakeForNextStep();
    }

    /** A conference poll due before the next sweep gets its own wake-up, so short waits stay short. */
    private void wakeForNextStep() {
        Instant next = QuarkusTransaction.requiringNew().call(Interview::nextStepTime);
        if (next == null) {
            return;
        }
        long millis = Math.max(0, Duration.between(Instant.now(), next).toMillis());
        if (millis < config.sweepInterval().toMillis()) {
            timer.schedule(this::wake, millis, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    void runStep(UUID id) {
        Interview interview = QuarkusTransaction.requiringNew().call(() -> {
            Interview found = Interview.findById(id);
            if (found != null) {
                found.interviewers.size(); // the events need the panel after the transaction
            }
            return found;
        });
        if (interview == null || interview.nextStep == null) {
            return;
        }
        Step step = interview.nextStep;
        try {
            switch (step) {
                case CREATE_INTERVIEWER_EVENT -> createInterviewerEvent(interview);
                case AWAIT_CONFERENCE -> awaitConference(interview);
                case CREATE_CANDIDATE_EVENT -> createCandidateEvent(interview);
                case REMOVE_EVENTS -> removeEvents(interview);
            }
        } catch (CalendarException e) {
            LOG.warnf("Interview %s, step %s: %s", id, step, e.getMessage());
            onCalendarError(interview, step, e);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Interview %s, step %s failed unexpectedly", id, step);
            onCalendarError(interview, step, new CalendarException(0, "internal", e.toString(), e));
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
            conference = ConferenceData.request(new CreateRequest(interview.conferenceRequestId,
                    SolutionType.requireKey(interview.requestedSolutionType), null));
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
                update(interview, step, current -> {
                    current.interviewerEventLink = event.htmlLink();
                    current.conferencePolls++;
                    current.stepFailures = 0;
                    current.lastError = null;
                    current.planStep(Step.AWAIT_CONFERENCE, Instant.now().plus(wait));
                });
            }
        }
    }

    private void conferenceReady(Interview interview, Step step, CalendarEvent event, ConferenceSolution conference) {
        update(interview, step, current -> {
            current.interviewerEventLink = event.htmlLink();
            current.recordConference(conference);
            current.stepFailures = 0;
            current.lastError = null;
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
        update(interview, Step.CREATE_CANDIDATE_EVENT, current -> {
            current.candidateEventLink = created.htmlLink();
            current.status = InterviewStatus.SCHEDULED;
            current.stepFailures = 0;
            current.lastError = null;
            current.planStep(null, null);
        });
        LOG.infof("Interview %s scheduled: events %s and %s share conference %s", interview.id,
                interview.interviewerEventId, interview.candidateEventId, conference.conferenceId());
    }

    private void removeEvents(Interview interview) {
        calendar.delete(interview.candidateEventId);
        calendar.delete(interview.interviewerEventId);
        update(interview, Step.REMOVE_EVENTS, current -> {
            current.stepFailures = 0;
            current.lastError = null;
            current.planStep(null, null);
        });
    }

    /** The interview is FAILED with the reason; its events are removed next, so no guest keeps a dead invite. */
    private void fail(Interview interview, String reason) {
        update(interview, interview.nextStep, current -> {
            current.status = InterviewStatus.FAILED;
            current.failureReason = reason;
            current.lastError = null;
            current.stepFailures = 0;
            current.planStep(Step.REMOVE_EVENTS, Instant.now());
        });
        LOG.infof("Interview %s failed: %s", interview.id, reason);
    }

    private void onCalendarError(Interview interview, Step step, CalendarException e) {
        boolean retry = e.isTransient() && interview.stepFailures + 1 < config.maxStepFailures();
        if (retry) {
            Duration wait = doubling(Duration.ofSeconds(1), interview.stepFailures, config.maxRetryDelay());
            update(interview, step, current -> {
                current.stepFailures++;
                current.lastError = e.getMessage();
                current.planStep(step, Instant.now().plus(wait));
            });
        } else if (step == Step.REMOVE_EVENTS) {
            update(interview, step, current -> {
                current.lastError = "The events could not be removed: " + e.getMessage();
                current.planStep(null, null);
            });
        } else {
            fail(interview, e.getMessage());
        }
    }

    /**
     * Records a step's outcome, unless the interview has moved on since the step began (cancelled or retried):
     * then the outcome no longer applies and the step now planned takes over.
     */
    private static void update(Interview seen, Step step, Consumer<Interview> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            Interview current = Interview.findById(seen.id, LockModeType.PESSIMISTIC_WRITE);
            if (current == null || current.nextStep != step || current.attempt != seen.attempt) {
                return;
            }
            change.accept(current);
            current.updatedAt = Instant.now();
        });
    }

    private static Duration doubling(Duration first, int times, Duration cap) {
        Duration wait = first.multipliedBy(1L << Math.min(times, 20));
        return wait.compareTo(cap) > 0 ? cap : wait;
    }
}
