package com.recruitingscheduler.cluster;

import com.recruitingscheduler.support.Interviews;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schedules many interviews on two app instances while "Google" answers 30% of calls with a fault (rate limits,
 * server errors, lost answers after the write was applied) and each instance is killed with SIGKILL and restarted
 * mid-run. Afterwards every interview is SCHEDULED with exactly one event per side sharing one conference, or FAILED
 * with no event left; no duplicate, no orphan, no lost interview. {@code scripts/chaos.sh} runs it with 200.
 */
class ChaosIT {

    private static final int INTERVIEWS = Integer.getInteger("chaos.interviews", 60);

    @Test
    void everyInterviewEndsConsistentThroughFaultsAndKilledInstances() throws Exception {
        Map<String, String> google = Map.of(
                "RECRUITING_SANDBOX_FAULTS_ERROR_RATE", "0.2",
                "RECRUITING_SANDBOX_FAULTS_LOST_RESPONSE_RATE", "0.1",
                "RECRUITING_SANDBOX_FAULTS_LATENCY", "20ms",
                "RECRUITING_SANDBOX_CONFERENCE_PENDING_READS", "1");
        Map<String, String> app = Map.of(
                "RECRUITING_SCHEDULING_POLL_INTERVAL", "250ms",
                "RECRUITING_SCHEDULING_HEARTBEAT_INTERVAL", "1s",
                "RECRUITING_SCHEDULING_FIRST_POLL_DELAY", "200ms",
                "RECRUITING_SCHEDULING_FIRST_RETRY_DELAY", "200ms",
                "RECRUITING_SCHEDULING_MAX_RETRY_DELAY", "2s",
                "RECRUITING_SCHEDULING_MAX_STEP_FAILURES", "30",
                "RECRUITING_CALENDAR_REQUESTS_PER_MINUTE", "0");
        try (Cluster cluster = new Cluster(google, app, "a", "b")) {
            Map<String, String> idsByKey = new ConcurrentHashMap<>();
            ExecutorService submitter = Executors.newSingleThreadExecutor();
            Future<?> submitting = submitter.submit(() -> {
                for (int i = 0; i < INTERVIEWS; i++) {
                    String key = "chaos-" + i;
                    idsByKey.put(key, submit(cluster, i, key));
                    Cluster.sleep(Duration.ofMillis(40));
                }
            });

            Cluster.sleep(Duration.ofSeconds(2));
            cluster.app("a").kill();
            Cluster.sleep(Duration.ofSeconds(1));
            cluster.app("a").start();
            Cluster.sleep(Duration.ofSeconds(2));
            cluster.app("b").kill();
            Cluster.sleep(Duration.ofSeconds(1));
            cluster.app("b").start();

            submitting.get();
            submitter.shutdown();
            assertThat(idsByKey).hasSize(INTERVIEWS);
            Map<String, JsonPath> interviews = awaitAllSettled(cluster, idsByKey.values());
            cluster.calmGoogle();

            verify(cluster, interviews);
        }
    }

    /** Submits with an Idempotency-Key, on whichever instance is up; a retry after a lost answer makes no second interview. */
    private static String submit(Cluster cluster, int i, String key) {
        Map<String, Object> request = Interviews.request();
        for (int attempt = 0; attempt < 100; attempt++) {
            Cluster.Node node = cluster.apps().get((i + attempt) % 2);
            try {
                var response = Cluster.api(node.url()).header("Idempotency-Key", key)
                        .contentType(ContentType.JSON).body(request).post("/api/interviews");
                if (response.statusCode() == 202) {
                    return response.jsonPath().getString("id");
                }
            } catch (Exception instanceDown) {
                // killed or restarting: try the other one
            }
            Cluster.sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException("could not submit " + key);
    }

    private static Map<String, JsonPath> awaitAllSettled(Cluster cluster, Iterable<String> ids) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        Map<String, JsonPath> settled = new HashMap<>();
        while (Instant.now().isBefore(deadline)) {
            for (String id : ids) {
                if (settled.containsKey(id)) {
                    continue;
                }
                JsonPath json = Cluster.api(cluster.anyLiveApp().url()).get("/api/interviews/" + id)
                        .then().statusCode(200).extract().jsonPath();
                String status = json.getString("status");
                if (json.getString("nextStep") == null && (status.equals("SCHEDULED") || status.equals("FAILED"))) {
                    settled.put(id, json);
                }
            }
            if (settled.size() == INTERVIEWS) {
                return settled;
            }
            Cluster.sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("only " + settled.size() + " of " + INTERVIEWS + " interviews settled; logs in " + cluster.logs());
    }

    @SuppressWarnings("unchecked")
    private static void verify(Cluster cluster, Map<String, JsonPath> interviews) {
        Map<String, List<Map<String, Object>>> liveByInterview = new HashMap<>();
        Set<String> knownIds = interviews.keySet();
        List<String> orphans = new ArrayList<>();
        for (Map<String, Object> event : cluster.googleEvents()) {
            if ("cancelled".equals(event.get("status"))) {
                continue;
            }
            Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) event.getOrDefault("extendedProperties", Map.of()))
                    .getOrDefault("private", Map.of());
            String interviewId = (String) properties.get("recruitingInterviewId");
            if (interviewId == null || !knownIds.contains(interviewId)) {
                orphans.add((String) event.get("id"));
                continue;
            }
            liveByInterview.computeIfAbsent(interviewId, k -> new ArrayList<>()).add(event);
        }
        assertThat(orphans).as("events with no interview").isEmpty();

        int scheduled = 0;
        Set<String> duplicates = new HashSet<>();
        for (var entry : interviews.entrySet()) {
            JsonPath interview = entry.getValue();
            List<Map<String, Object>> live = liveByInterview.getOrDefault(entry.getKey(), List.of());
            if (interview.getString("status").equals("FAILED")) {
                assertThat(live).as("live events of failed interview %s (%s)", entry.getKey(), interview.getString("failureReason")).isEmpty();
                continue;
            }
            scheduled++;
            List<String> roles = live.stream().map(e -> (String) ((Map<String, Object>) ((Map<String, Object>) e.get("extendedProperties"))
                    .get("private")).get("recruitingRole")).toList();
            if (roles.size() != 2) {
                duplicates.add(entry.getKey() + " " + roles);
            }
            assertThat(roles).as("events of %s", entry.getKey()).containsExactlyInAnyOrder("interviewers", "candidate");
            for (Map<String, Object> event : live) {
                Map<String, Object> conference = (Map<String, Object>) event.get("conferenceData");
                assertThat(conference.get("conferenceId")).isEqualTo(interview.getString("conference.conferenceId"));
            }
        }
        assertThat(duplicates).isEmpty();
        System.out.printf("Chaos: %d interviews, %d scheduled, %d failed; Google calls %s; logs in %s%n",
                interviews.size(), scheduled, interviews.size() - scheduled, cluster.googleCalls(), cluster.logs());
        assertThat(scheduled).as("most interviews get through the faults").isGreaterThan(interviews.size() * 9 / 10);
    }
}
