package com.recruitingscheduler.system;

import com.recruitingscheduler.support.Interviews;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** What operators watch: health, Prometheus metrics, and the OpenAPI description of the JSON API. */
@QuarkusTest
class OperationsTest {

    @Test
    void livenessAndReadinessIncludeTheDatabaseAndTheCalendar() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Google Calendar", "Database connections health check"));
    }

    @Test
    void metricsCountInterviewsCalendarCallsAndTimeToScheduled() {
        Interviews.settled(Interviews.schedule(Interviews.request()));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern("recruiting_interviews\\{status=\"SCHEDULED\"\\} [1-9]")
                .contains("recruiting_conferences_pending")
                .containsPattern("recruiting_calendar_calls_total\\{method=\"events.insert\",outcome=\"ok\"\\} [1-9]")
                .containsPattern("recruiting_interview_time_to_scheduled_seconds_count [1-9]");
    }

    @Test
    void theOpenApiDocumentDescribesTheJsonApiOnly() {
        String openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(openapi).contains("/api/interviews").contains("/api/interviews/{id}/history")
                .doesNotContain("/sandbox/").doesNotContain("\"/interviews\"").doesNotContain("/admin/");
    }
}
