package com.recruitingscheduler.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.interview.StepQueue;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The interviews' background steps as db-scheduler tasks in PostgreSQL: a step is enqueued in the same transaction
 * as the interview change that plans it, runs once on whichever app instance picks it, and is revived on another
 * instance if the one running it dies (its heartbeat stops).
 */
@ApplicationScoped
public class DurableSteps implements StepQueue {

    static final String TASK = "interview-step";

    private final AgroalDataSource dataSource;
    private final SchedulingConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final OneTimeTask<Void> task;
    private final RecurringTask<Void> driftCheck;
    private final Scheduler scheduler;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "interview-step-wake-up");
        thread.setDaemon(true);
        return thread;
    });

    DurableSteps(AgroalDataSource dataSource, SchedulingConfig config, TransactionSynchronizationRegistry transactions,
                 StepExecutor executor, CalendarDrift drift) {
        this.dataSource = dataSource;
        this.config = config;
        this.transactions = transactions;
        this.task = Tasks.oneTime(TASK, Void.class)
                .onFailure((complete, operations) ->
                        operations.reschedule(complete, Instant.now().plus(config.maxRetryDelay())))
                .execute((instance, context) -> {
                    String id = instance.getId();
                    int slash = id.indexOf('/');
                    executor.run(UUID.fromString(id.substring(0, slash)), id.substring(slash + 1), context.getExecution().pickedBy);
                });
        this.driftCheck = Tasks.recurring("calendar-drift", FixedDelay.of(config.driftCheckInterval()))
                .execute((instance, context) -> drift.check());
        this.scheduler = scheduler(config.instanceName().orElse(null));
    }

    /** A scheduler over the shared table; a second one in the same process stands in for another app instance. */
    Scheduler scheduler(String name) {
        var builder = Scheduler.create(dataSource, task)
                .startTasks(driftCheck)
                .pollingInterval(config.pollInterval())
                .heartbeatInterval(config.heartbeatInterval())
                .missedHeartbeatsLimit(4)
                .threads(config.threads())
                .enableImmediateExecution()
                .pollUsingLockAndFetch(0.5, 1.0)
                .shutdownMaxWait(Duration.ofSeconds(5))
                .commitWhenAutocommitDisabled(false); // inside a transaction, the transaction commits
        if (name != null) {
            builder.schedulerName(new SchedulerName.Fixed(name));
        }
        return builder.build();
    }

    void start(@Observes StartupEvent start) {
        if (config.workerEnabled()) {
            scheduler.start();
        }
    }

    /** Stops this instance from picking steps (others go on); for tests of several instances. */
    public void pause() {
        scheduler.pause();
    }

    public void resume() {
        scheduler.resume();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        timer.shutdownNow();
        scheduler.stop();
    }

    /**
     * Enqueues the interview's planned step. Call inside the transaction that planned it: the task row commits or
     * rolls back with the interview. After the commit, a step due now is picked at once rather than at the next poll.
     */
    @Override
    public void enqueue(Interview interview) {
        if (interview.nextStep == null) {
            return;
        }
        Instant at = interview.nextStepAt == null ? Instant.now() : interview.nextStepAt;
        scheduler.schedule(task.instance(interview.id + "/" + interview.stepToken), at);
        long delay = Duration.between(Instant.now(), at).toMillis();
        if (delay < config.pollInterval().toMillis() && config.workerEnabled()) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        wakeUp(delay);
                    }
                }
            });
        }
    }

    /**
     * Looks for due steps after the commit (or, for a step due before the next poll, when it is due) rather than at
     * the next poll: a short conference wait stays short.
     */
    private void wakeUp(long delayMillis) {
        if (delayMillis <= 0) {
            scheduler.triggerCheckForDueExecutions();
        } else {
            timer.schedule(scheduler::triggerCheckForDueExecutions, delayMillis + 5, TimeUnit.MILLISECONDS);
        }
    }
}
