package com.recruitingscheduler.interview;

import com.recruitingscheduler.sandbox.calendar.SandboxCalendar;
import com.recruitingscheduler.support.Interviews;
import com.recruitingscheduler.support.Sandbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The JSON API contract, and that a bad request stores nothing and calls no Google. */
@QuarkusTest
@SuppressWarnings("unchecked")
class InterviewApiTest {

    @Inject
    SandboxCalendar sandbox;

    @AfterEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void scheduleAnswers202WithLocationAndTheInterview() {
        Map<String, Object> request = Interviews.request();
        var posted = given().contentType(ContentType.JSON).body(request)
                .when().post("/api/interviews");
        String id = posted.then().statusCode(202)
                .header("Location", equalTo("/api/interviews/" + posted.jsonPath().getString("id")))
                .body("status", equalTo("SCHEDULING"))
                .body("title", equalTo("Backend Engineer"))
                .body("candidate.timeZone", equalTo("Europe/Paris"))
                .body("interviewers.size()", equalTo(2))
                .body("durationMinutes", equalTo(45))
                .extract().path("id");

        Interviews.settled(id);
        given().when().get("/api/interviews/" + id)
                .then().statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("start", equalTo(request.get("start")))
                .body("interviewerEventId", notNullValue())
                .body("candidateEventId", notNullValue())
                .body("conference.solutionType", equalTo("hangoutsMeet"))
                .body("conference.solutionName", equalTo("Google Meet"))
                .body("conference.iconUri", notNullValue())
                .body("conference.entryPoints[0]", hasKey("accessCode"))
                .body("conference.entryPoints.entryPointType", hasItem("phone"))
                .body("conference.notes", notNullValue())
                .body("$", hasKey("failureReason"));
    }

    @Test
    void omittedConferenceMeansANewConferenceOfThePreferredType() {
        Map<String, Object> request = Interviews.request();
        request.remove("conference");
        String id = Interviews.schedule(request);
        assertThat(Interviews.settled(id).getString("conference.solutionType")).isEqualTo("hangoutsMeet");
    }

    @Test
    void anAddOnConferenceIsRefusedAtSubmitSayingWhatCanBeCreated() {
        Map<String, Object> request = Interviews.request();
        request.put("conference", Map.of("solutionType", "addOn"));
        long before = sandbox.allEvents().size();
        given().contentType(ContentType.JSON).body(request).when().post("/api/interviews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("conference.solutionType"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("Google Meet is the only conference type"));
        assertThat(sandbox.allEvents()).hasSize((int) before);
    }

    @Test
    void copyingAnotherEventsConferenceIsRefusedWithGooglesGuidance() {
        Map<String, Object> request = Interviews.request();
        request.put("conference", Map.of("copyFromEventId", "abcdef12345"));
        given().contentType(ContentType.JSON).body(request).when().post("/api/interviews")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("conference.copyFromEventId"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("17 February 2026"));
    }

    @Test
    void unknownInterviewAnswers404ProblemJson() {
        given().when().get("/api/interviews/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().when().delete("/api/interviews/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void listsInterviewsWithACursorToTheNextPage() {
        Map<String, Object> request = Interviews.request();
        String id = Interviews.schedule(request);
        String candidate = (String) ((Map<String, Object>) request.get("candidate")).get("name");
        given().queryParam("q", candidate).when().get("/api/interviews")
                .then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(id))
                .body("total", equalTo(1))
                .body("totalIsExact", equalTo(true))
                .body("next", org.hamcrest.Matchers.nullValue());
        rejected(given().queryParam("limit", 0).when().get("/api/interviews").then(), "limit");
    }

    @Test
    void retryingAnInterviewThatDidNotFailAnswers409() {
        String id = Interviews.schedule(Interviews.request());
        Interviews.settled(id);
        given().when().post("/api/interviews/" + id + "/retry").then().statusCode(409)
                .body("detail", containsString("Only a failed interview"));
    }

    @Test
    void malformedJsonIsA400() {
        rejectedBody("{\"title\": ", "body");
        rejectedBody("", "body");
        rejectedBody("[1,2]", "body");
        rejectedBody("{\"title\":\"x\"} trailing", "body");
    }

    @Test
    void wrongJsonTypesAreA400NamingTheField() {
        rejectedWithoutSideEffects(with(r -> r.put("durationMinutes", "45")), "durationMinutes");
        rejectedWithoutSideEffects(with(r -> r.put("durationMinutes", 45.5)), "durationMinutes");
        rejectedWithoutSideEffects(with(r -> r.put("title", 12)), "title");
        rejectedWithoutSideEffects(with(r -> r.put("start", "next tuesday")), "start");
        rejectedWithoutSideEffects(with(r -> r.put("interviewers", "ivan@corp.example")), "interviewers");
    }

    @Test
    void missingFieldsAreA400NamingEachField() {
        ValidatableResponse response = rejectedBody("{}", "title");
        response.body("errors.field", hasItem("candidate"))
                .body("errors.field", hasItem("interviewers"))
                .body("errors.field", hasItem("start"))
                .body("errors.field", hasItem("durationMinutes"));
        rejectedWithoutSideEffects(with(r -> ((Map<String, Object>) r.get("candidate")).remove("timeZone")), "candidate.timeZone");
    }

    @Test
    void invalidEmailsAreA400() {
        rejectedWithoutSideEffects(with(r -> ((Map<String, Object>) r.get("candidate")).put("email", "not-an-email")), "candidate.email");
        rejectedWithoutSideEffects(with(r -> r.put("interviewers", List.of(Map.of("name", "Ivan", "email", "ivan@")))),
                "interviewers[0].email");
    }

    @Test
    void unknownTimeZoneIsA400() {
        rejectedWithoutSideEffects(with(r -> ((Map<String, Object>) r.get("candidate")).put("timeZone", "Mars/Olympus")), "candidate.timeZone");
        rejectedWithoutSideEffects(with(r -> ((Map<String, Object>) r.get("candidate")).put("timeZone", "+02:00")), "candidate.timeZone");
    }

    @Test
    void startInThePastIsA400() {
        rejectedWithoutSideEffects(with(r -> r.put("start", Instant.now().minus(1, ChronoUnit.HOURS).toString())), "start");
    }

    @Test
    void durationOutside5To480MinutesIsA400() {
        rejectedWithoutSideEffects(with(r -> r.put("durationMinutes", 4)), "durationMinutes");
        rejectedWithoutSideEffects(with(r -> r.put("durationMinutes", 481)), "durationMinutes");
    }

    @Test
    void noInterviewerIsA400() {
        rejectedWithoutSideEffects(with(r -> r.put("interviewers", List.of())), "interviewers");
    }

    @Test
    void candidateListedAsInterviewerIsA400() {
        rejectedWithoutSideEffects(with(r -> {
            String candidate = (String) ((Map<String, Object>) r.get("candidate")).get("email");
            r.put("interviewers", List.of(Map.of("name", "Someone", "email", candidate.toUpperCase())));
        }), "interviewers[0].email");
    }

    @Test
    void aTitleNamingAnInterviewerIsA400() {
        rejectedWithoutSideEffects(with(r -> r.put("title", "Chat with "
                + ((List<Map<String, String>>) r.get("interviewers")).get(0).get("name"))), "title");
    }

    @Test
    void stringsOverTheirLimitsAreA400() {
        rejectedWithoutSideEffects(with(r -> r.put("title", "t".repeat(201))), "title");
        rejectedWithoutSideEffects(with(r -> ((Map<String, Object>) r.get("candidate")).put("name", "n".repeat(201))), "candidate.name");
        rejectedWithoutSideEffects(with(r -> r.put("interviewerNotes", "n".repeat(5001))), "interviewerNotes");
        List<Map<String, String>> panel = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            panel.add(Map.of("name", "Person " + i, "email", "p" + i + "@corp.example"));
        }
        rejectedWithoutSideEffects(with(r -> r.put("interviewers", panel)), "interviewers");
    }

    @Test
    void conferenceChoicesAreChecked() {
        rejectedWithoutSideEffects(with(r -> r.put("conference", Map.of("solutionType", "eventHangout"))), "conference.solutionType");
        rejectedWithoutSideEffects(with(r -> r.put("conference", Map.of("solutionType", "zoom"))), "conference.solutionType");
        rejectedWithoutSideEffects(with(r -> r.put("conference", Map.of("solutionType", "addOn"))), "conference.solutionType");
        rejectedWithoutSideEffects(with(r -> r.put("conference", Map.of("copyFromEventId", "<script>"))), "conference.copyFromEventId");
    }

    @Test
    void aCalendarThatDoesNotAllowGoogleMeetFailsTheInterviewWithoutAnyEvent() {
        Sandbox.configure(Map.of("allowedSolutionTypes", List.of("addOn")));
        Map<String, Object> request = Interviews.request();

        var interview = Interviews.settled(Interviews.schedule(request));

        assertThat(interview.getString("status")).isEqualTo("FAILED");
        assertThat(interview.getString("failureReason"))
                .startsWith("The organizer calendar does not allow Google Meet conferences (it allows Third-party add-on)");
        assertThat(sandbox.inbox((String) ((Map<String, Object>) request.get("candidate")).get("email"))).isEmpty();
    }

    private static Map<String, Object> with(Consumer<Map<String, Object>> change) {
        Map<String, Object> request = deepCopy(Interviews.request());
        change.accept(request);
        return request;
    }

    private static String toJson(Map<String, Object> request) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(request);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> request) {
        Map<String, Object> copy = new LinkedHashMap<>(request);
        copy.put("candidate", new LinkedHashMap<>((Map<String, Object>) request.get("candidate")));
        return copy;
    }

    private static ValidatableResponse rejectedBody(String body, String field) {
        return rejected(given().contentType(ContentType.JSON).body(body).when().post("/api/interviews").then(), field);
    }

    /** Rejected, with no interview stored for this candidate and no e-mail sent to anyone in the request. */
    private ValidatableResponse rejectedWithoutSideEffects(Map<String, Object> request, String field) {
        ValidatableResponse response = rejectedBody(toJson(request), field);
        Object candidate = request.get("candidate") instanceof Map<?, ?> c ? c.get("email") : null;
        if (candidate instanceof String email) {
            assertThat(QuarkusTransaction.requiringNew().call(() -> Interview.count("candidateEmail", email))).isZero();
            assertThat(sandbox.inbox(email)).isEmpty();
        }
        if (request.get("interviewers") instanceof List<?> panel) {
            for (Object person : panel) {
                if (person instanceof Map<?, ?> p && p.get("email") instanceof String email) {
                    assertThat(sandbox.inbox(email)).isEmpty();
                }
            }
        }
        return response;
    }

    private static ValidatableResponse rejected(ValidatableResponse response, String field) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"))
                .body("errors.field", hasItem(field))
                .body("errors.message", not(hasItem((Object) null)));
    }
}
