package com.recruitingscheduler.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Builds API requests for interviews and waits for the background work to finish. */
public final class Interviews {

    private Interviews() {
    }

    /**
     * A start some days ahead that a move or a longer length keeps on one day wherever these tests look (UTC — the
     * interviewers' zone —, Paris, New York): between 08:00 and 14:00 UTC, later in the day the later it is now,
     * on the whole minute. A start a fixed time from now (now + 3 days) would cross midnight in the evening, and a
     * conflict check (working hours, the candidate's day) would then refuse a move that at noon passes.
     */
    public static Instant daysAhead(int days) {
        java.time.ZonedDateTime now = Instant.now().atZone(java.time.ZoneOffset.UTC);
        return now.toLocalDate().plusDays(days).atTime(8, 0).atZone(java.time.ZoneOffset.UTC)
                .plusMinutes((now.getHour() * 60L + now.getMinute()) / 4).toInstant();
    }

    /** A valid request body with unique people, to change field by field. */
    public static Map<String, Object> request() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Backend Engineer");
        body.put("candidate", new LinkedHashMap<>(Map.of("name", "Cora Candidate " + tag,
                "email", "cora." + tag + "@candidates.example", "timeZone", "Europe/Paris")));
        body.put("interviewers", List.of(
                Map.of("name", "Ivan Interviewer " + tag, "email", "ivan." + tag + "@corp.example"),
                Map.of("name", "Ines Panelist " + tag, "email", "ines." + tag + "@corp.example")));
        body.put("start", daysAhead(3).toString());
        body.put("durationMinutes", 45);
        body.put("interviewerNotes", "Focus on system design.");
        // These tests are about scheduling, not about finding a time (AvailabilityTest is): any hour will do.
        body.put("allowConflicts", true);
        return body;
    }

    public static String schedule(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/interviews")
                .then().statusCode(202)
                .extract().path("id");
    }

    public static JsonPath get(String id) {
        return given().when().get("/api/interviews/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Waits, against an app at {@code baseUri}, until the interview's background work is done. */
    public static JsonPath settledOn(String baseUri, String id) {
        return await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> given().baseUri(baseUri).header("Authorization", "Bearer " + ApiKeyForEveryRequest.KEY)
                                .get("/api/interviews/" + id).then().statusCode(200).extract().jsonPath(),
                        json -> json.getString("nextStep") == null);
    }

    /** The interview's history as the API shows it, every line's detail joined. */
    public static String history(String id) {
        return String.join("\n", given().when().get("/api/interviews/" + id + "/history").then().statusCode(200)
                .extract().jsonPath().getList("detail", String.class));
    }

    /** Waits until the interview's background work is done (it has left SCHEDULING, events removed or moved). */
    public static JsonPath settled(String id) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> get(id), json -> json.getString("nextStep") == null);
    }
}
