package com.recruitingscheduler.interview;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.recruitingscheduler.sandbox.calendar.SandboxCalendar;
import com.recruitingscheduler.support.Interviews;
import com.recruitingscheduler.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Whatever Google answers — rate limits, server errors, lost answers — every interview ends consistent. */
@QuarkusTest
@TestSecurity(user = "recruiter@corp.example", roles = {"recruiter", "api"})
class FaultToleranceTest {

    @Inject
    SandboxCalendar sandbox;

    @AfterEach
    void reset() {
        Sandbox.reset();
    }

    @Test
    void everyInterviewEndsScheduledWithExactlyOnePairOfEventsDespiteFaultsAndLostAnswers() {
        Sandbox.configure(Map.of("errorRate", 0.3, "lostResponseRate", 0.2, "conferencePendingReads", 1));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(Interviews.schedule(Interviews.request()));
        }
        for (String id : ids) {
            JsonPath interview = Interviews.settled(id);
            assertThat(interview.getString("status")).as("interview %s: %s", id, interview.getString("failureReason"))
                    .isEqualTo("SCHEDULED");
            List<ObjectNode> live = sandbox.allEvents().stream()
                    .filter(e -> !"cancelled".equals(e.path("status").asText()))
                    .filter(e -> id.equals(e.path("extendedProperties").path("private").path("recruitingInterviewId").asText()))
                    .toList();
            assertThat(live).extracting(e -> e.path("extendedProperties").path("private").path("recruitingRole").asText())
                    .containsExactlyInAnyOrder("interviewers", "candidate");
            assertThat(live).extracting(e -> e.path("conferenceData").path("conferenceId").asText())
                    .containsOnly(interview.getString("conference.conferenceId"));
        }
    }

    @Test
    void calendarUsageLimitsAreShownToTheRecruiterAndRetriedLater() {
        Sandbox.configure(Map.of("quotaExceededRate", 1.0));
        String id = Interviews.schedule(Interviews.request());

        await().atMost(Duration.ofSeconds(10)).until(() -> Jsoup.parse(given().get("/interviews/" + id).asString())
                .select(".alert.warning").text().contains("usage limits"));

        Sandbox.reset();
        assertThat(Interviews.settled(id).getString("status")).isEqualTo("SCHEDULED");
        assertThat(Jsoup.parse(given().get("/interviews/" + id).asString()).select("table.steps").text())
                .contains("will retry").contains("usage limits");
    }
}
