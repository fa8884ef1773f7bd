package com.recruitingscheduler.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.recruitingscheduler.sandbox.calendar.SandboxCalendar;
import com.recruitingscheduler.interview.Step;
import com.recruitingscheduler.interview.StepLogEntry;
import com.recruitingscheduler.support.Interviews;
import com.recruitingscheduler.support.Sandbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two workers on one database — this app's and a second scheduler standing in for another instance — share the
 * steps, and no step runs twice: every event id is inserted exactly once.
 */
@QuarkusTest
class TwoInstancesTest {

    @Inject
    DurableSteps steps;

    @Inject
    SandboxCalendar sandbox;

    @Test
    void twoInstancesShareTheStepsWithoutDoingAnyTwice() {
        Sandbox.configure(Map.of("conferencePendingReads", 1));
        Scheduler second = steps.scheduler("instance-b");
        second.start();
        try {
            List<String> ids = new ArrayList<>();
            steps.pause(); // the first ones can only be done by the other instance...
            for (int i = 0; i < 10; i++) {
                ids.add(Interviews.schedule(Interviews.request()));
            }
            Interviews.settled(ids.get(ids.size() - 1));
            steps.resume(); // ...then both compete for the rest
            for (int i = 0; i < 20; i++) {
                ids.add(Interviews.schedule(Interviews.request()));
            }
            ids.forEach(id -> assertThat(Interviews.settled(id).getString("status")).isEqualTo("SCHEDULED"));

            Set<String> workers = new HashSet<>();
            for (String id : ids) {
                var json = Interviews.get(id);
                assertThat(sandbox.insertAttempts(json.getString("interviewerEventId"))).isEqualTo(1);
                assertThat(sandbox.insertAttempts(json.getString("candidateEventId"))).isEqualTo(1);
                List<StepLogEntry> history = QuarkusTransaction.requiringNew().call(() -> StepLogEntry.history(UUID.fromString(id)));
                assertThat(history).extracting(e -> e.step).containsOnlyOnce(Step.CREATE_INTERVIEWER_EVENT, Step.CREATE_CANDIDATE_EVENT);
                history.forEach(e -> workers.add(e.worker));
            }
            assertThat(workers).contains("instance-b");
        } finally {
            second.stop();
            Sandbox.reset();
        }
    }
}
