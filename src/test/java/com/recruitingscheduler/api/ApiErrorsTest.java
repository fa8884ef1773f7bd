package com.recruitingscheduler.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API error is a problem body (issue 13), also for requests no endpoint answers. The test profile's API key
 * goes with every request (support.ApiKeyForEveryRequest) unless a test sends its own.
 */
@QuarkusTest
class ApiErrorsTest {

    private static void assertProblem(Response response, int status, String detailPart) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.jsonPath().getString("title")).isNotBlank();
        assertThat(response.jsonPath().getString("detail")).contains(detailPart);
    }

    @Test
    void aMalformedIdIsANotFoundProblemThatSaysWhatAnIdLooksLike() {
        assertProblem(given().get("/api/interviews/not-a-uuid"), 404, "UUID");
        assertProblem(given().get("/api/interviews/not-a-uuid/history"), 404, "UUID");
        UUID unknown = UUID.randomUUID();
        assertProblem(given().get("/api/interviews/" + unknown), 404, unknown.toString());
    }

    @Test
    void anUnknownRouteIsANotFoundProblem() {
        assertProblem(given().get("/api/nothing-here"), 404, "/api/nothing-here");
        assertProblem(given().get("/api/interviews/" + UUID.randomUUID() + "/no-such-thing"), 404, "");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaTypeProblem() {
        assertProblem(given().contentType("text/plain").body("hello").post("/api/interviews"), 415, "application/json");
        assertProblem(given().contentType("application/xml").body("<a/>").put("/api/pools/x"), 415, "application/xml");
    }

    @Test
    void aMethodARouteDoesNotHaveIsAProblem() {
        assertProblem(given().contentType("application/json").body("{}").put("/api/interviews"), 405, "does not take PUT");
    }

    @Test
    void withoutAKeyEveryPartOfTheApiAnswersAnUnauthorizedProblem() {
        for (String path : new String[]{"/api/interviews", "/api/pools", "/api/interviewers"}) {
            Response response = given().header("Authorization", "Bearer not-a-key").redirects().follow(false).get(path);
            assertProblem(response, 401, "API key");
            assertThat(response.getHeader("WWW-Authenticate")).as(path).startsWith("Bearer");
        }
        Response none = given().header("Authorization", "").redirects().follow(false)
                .contentType("application/json").body("{}").post("/api/availability");
        assertProblem(none, 401, "API key");
    }
}
