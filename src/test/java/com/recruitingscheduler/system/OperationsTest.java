package com.recruitingscheduler.system;

import com.recruitingscheduler.support.Interviews;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * What operators watch: health and Prometheus metrics on the management interface (its own port, never the public
 * one), and the OpenAPI description of the JSON API.
 */
@QuarkusTest
class OperationsTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private RequestSpecification ops() {
        return given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort());
    }

    @Test
    void livenessAndReadinessIncludeTheDatabaseAndTheCalendar() {
        ops().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        ops().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Google Calendar", "Database connections health check"));
    }

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        for (String path : new String[]{"/q/health", "/q/health/ready", "/q/health/live", "/q/metrics"}) {
            assertThat(given().redirects().follow(false).get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(management.getPort()).isNotEqualTo(io.restassured.RestAssured.port);
    }

    @Test
    void metricsCountInterviewsCalendarCallsAndTimeToScheduled() {
        Interviews.settled(Interviews.schedule(Interviews.request()));
        String metrics = ops().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern("recruiting_interviews\\{status=\"SCHEDULED\"\\} [1-9]")
                .contains("recruiting_conferences_pending")
                .containsPattern("recruiting_calendar_calls_total\\{method=\"events.insert\",outcome=\"ok\"\\} [1-9]")
                .containsPattern("recruiting_interview_time_to_scheduled_seconds_count [1-9]");
    }

    @Test
    void theOpenApiDocumentDescribesTheJsonApiOnly() {
        String openapi = ops().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(openapi).contains("/api/interviews").contains("/api/interviews/{id}/history")
                .contains("\"/api/availability\"").contains("\"/api/pools\"").contains("\"/api/pools/{name}\"")
                .contains("\"/api/interviewers/{email}\"")
                .doesNotContain("\"/sandbox/").doesNotContain("\"/interviews\"").doesNotContain("\"/admin/").doesNotContain("\"/schedule/")
                .doesNotContain("\"/interviewers\"").doesNotContain("\"/pools\"");
    }
}
