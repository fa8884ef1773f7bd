package com.recruitingscheduler.interview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.recruitingscheduler.support.Interviews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** POST /api/interviews with an Idempotency-Key: a retried request never schedules a second interview. */
@QuarkusTest
@SuppressWarnings("unchecked")
class IdempotencyKeyTest {

    private static String post(String key, Object body, int status) {
        return given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/interviews")
                .then().statusCode(status).extract().path("id");
    }

    private static long interviewsFor(Map<String, Object> request) {
        String email = (String) ((Map<String, Object>) request.get("candidate")).get("email");
        return QuarkusTransaction.requiringNew().call(() -> Interview.count("candidateEmail", email));
    }

    @Test
    void theSameKeyAndRequestReturnTheSameInterview() throws Exception {
        String key = "ats-" + UUID.randomUUID();
        Map<String, Object> request = Interviews.request();

        String first = post(key, request, 202);
        // the same request, written differently: fields in another order, extra spaces
        Map<String, Object> reordered = new LinkedHashMap<>();
        List<String> fields = new ArrayList<>(request.keySet());
        java.util.Collections.reverse(fields);
        fields.forEach(k -> reordered.put(k, request.get(k)));
        String again = given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("  " + new ObjectMapper().writeValueAsString(reordered) + "\n")
                .when().post("/api/interviews")
                .then().statusCode(202).header("Idempotent-Replayed", "true").extract().path("id");

        assertThat(again).isEqualTo(first);
        assertThat(interviewsFor(request)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedWith422() {
        String key = "ats-" + UUID.randomUUID();
        Map<String, Object> request = Interviews.request();
        post(key, request, 202);
        Map<String, Object> other = new LinkedHashMap<>(request);
        other.put("durationMinutes", 60);

        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(other)
                .when().post("/api/interviews")
                .then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422)).body("detail", containsString(key));
        assertThat(interviewsFor(request)).isEqualTo(1);
    }

    @Test
    void requestsRacingWithOneKeyMakeOneInterview() throws Exception {
        String key = "ats-" + UUID.randomUUID();
        Map<String, Object> request = Interviews.request();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> post(key, request, 202));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> result : pool.invokeAll(calls)) {
                ids.add(result.get());
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdown();
        }
        assertThat(interviewsFor(request)).isEqualTo(1);
    }

    @Test
    void aMalformedKeyIsA400() {
        given().header("Idempotency-Key", "x".repeat(256)).contentType(ContentType.JSON).body(Interviews.request())
                .when().post("/api/interviews")
                .then().statusCode(400).body("errors.field[0]", equalTo("Idempotency-Key"));
    }
}
