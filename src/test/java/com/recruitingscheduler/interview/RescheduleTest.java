package com.recruitingscheduler.interview;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.recruitingscheduler.sandbox.calendar.Invitation;
import com.recruitingscheduler.sandbox.calendar.SandboxCalendar;
import com.recruitingscheduler.support.Csrf;
import com.recruitingscheduler.support.GoogleSide;
import com.recruitingscheduler.support.Interviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Moving an interview patches both events, tells both sides, and keeps the one conference. */
@QuarkusTest
@TestSecurity(user = "recruiter@corp.example", roles = {"recruiter", "api"})
@SuppressWarnings("unchecked")
class RescheduleTest {

    @Inject
    SandboxCalendar sandbox;

    private ObjectNode event(String id) {
        return sandbox.event(id).orElseThrow();
    }

    @Test
    void movesBothEventsTellsBothSidesAndKeepsTheConference() {
        Map<String, Object> request = Interviews.request();
        request.put("recruiterTimeZone", "Europe/Berlin");
        String id = Interviews.schedule(request);
        JsonPath before = Interviews.settled(id);
        Instant newStart = Interviews.daysAhead(9);

        given().contentType(ContentType.JSON).body(Map.of("start", newStart.toString(), "durationMinutes", 90))
                .when().patch("/api/interviews/" + id)
                .then().statusCode(202);
        JsonPath after = Interviews.settled(id);

        assertThat(after.getString("status")).isEqualTo("SCHEDULED");
        assertThat(after.getString("start")).isEqualTo(newStart.toString());
        assertThat(after.getInt("durationMinutes")).isEqualTo(90);
        assertThat(after.getString("conference.conferenceId")).isEqualTo(before.getString("conference.conferenceId"));
        ObjectNode interviewers = event(after.getString("interviewerEventId"));
        ObjectNode candidate = event(after.getString("candidateEventId"));
        assertThat(OffsetDateTime.parse(interviewers.path("start").path("dateTime").asText()).toInstant()).isEqualTo(newStart);
        assertThat(interviewers.path("start").path("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(OffsetDateTime.parse(candidate.path("end").path("dateTime").asText()).toInstant())
                .isEqualTo(newStart.plus(90, ChronoUnit.MINUTES));
        assertThat(candidate.path("start").path("timeZone").asText()).isEqualTo("Europe/Paris");
        assertThat(candidate.path("conferenceData").path("conferenceId").asText()).isEqualTo(before.getString("conference.conferenceId"));

        String candidateEmail = (String) ((Map<String, Object>) request.get("candidate")).get("email");
        assertThat(sandbox.inbox(candidateEmail)).extracting(Invitation::kind).startsWith(Invitation.Kind.UPDATED);
        String interviewerEmail = ((java.util.List<Map<String, String>>) request.get("interviewers")).get(0).get("email");
        assertThat(sandbox.inbox(interviewerEmail)).extracting(Invitation::kind).startsWith(Invitation.Kind.UPDATED);
    }

    @Test
    void aMoveToTheTimeItAlreadyHasChangesNothingAndTellsNoOne() {
        Map<String, Object> request = Interviews.request();
        String id = Interviews.schedule(request);
        JsonPath before = Interviews.settled(id);
        String candidateEmail = (String) ((Map<String, Object>) request.get("candidate")).get("email");
        String interviewerEmail = ((java.util.List<Map<String, String>>) request.get("interviewers")).get(0).get("email");
        int candidateMail = sandbox.inbox(candidateEmail).size();
        int interviewerMail = sandbox.inbox(interviewerEmail).size();
        String etag = event(before.getString("candidateEventId")).path("etag").asText();

        given().contentType(ContentType.JSON).body(Map.of("start", before.getString("start"),
                        "durationMinutes", before.getInt("durationMinutes")))
                .when().patch("/api/interviews/" + id)
                .then().statusCode(200).body("status", equalTo("SCHEDULED")).body("nextStep", nullValue())
                .body("updatedAt", equalTo(before.getString("updatedAt")));
        given().contentType(ContentType.JSON).body(Map.of("durationMinutes", before.getInt("durationMinutes")))
                .when().patch("/api/interviews/" + id).then().statusCode(200);

        assertThat(sandbox.inbox(candidateEmail)).hasSize(candidateMail);
        assertThat(sandbox.inbox(interviewerEmail)).hasSize(interviewerMail);
        assertThat(event(before.getString("candidateEventId")).path("etag").asText()).as("the event is not written").isEqualTo(etag);
        assertThat(given().get("/api/interviews/" + id + "/history").jsonPath().getList("step", String.class))
                .as("no move recorded").doesNotContain("MOVE");
    }

    @Test
    void aSideThatCannotBeMovedIsNamedAndTheInterviewNeedsAttention() {
        String id = Interviews.schedule(Interviews.request());
        JsonPath scheduled = Interviews.settled(id);
        GoogleSide.delete(scheduled.getString("candidateEventId"));

        given().contentType(ContentType.JSON).body(Map.of("durationMinutes", 30))
                .when().patch("/api/interviews/" + id).then().statusCode(202);
        JsonPath after = Interviews.settled(id);

        assertThat(after.getString("status")).isEqualTo("NEEDS_ATTENTION");
        assertThat(after.getString("attention")).startsWith("The candidate's event could not be changed as asked")
                .contains("was deleted");
        assertThat(event(scheduled.getString("candidateEventId")).path("status").asText())
                .as("a deleted event is never brought back by writing it").isEqualTo("cancelled");
        assertThat(event(after.getString("interviewerEventId")).path("end").path("dateTime").asText()).isNotEmpty();
    }

    @Test
    void badMovesAreRefusedAndChangeNothing() {
        String id = Interviews.schedule(Interviews.request());
        JsonPath scheduled = Interviews.settled(id);

        given().contentType(ContentType.JSON).body("{}").when().patch("/api/interviews/" + id)
                .then().statusCode(400).body("errors.field", hasItem("body"));
        given().contentType(ContentType.JSON).body(Map.of("start", Instant.now().minus(1, ChronoUnit.DAYS).toString()))
                .when().patch("/api/interviews/" + id)
                .then().statusCode(400).body("errors.field", hasItem("start"));
        given().contentType(ContentType.JSON).body(Map.of("durationMinutes", 1000)).when().patch("/api/interviews/" + id)
                .then().statusCode(400).body("errors.field", hasItem("durationMinutes"));
        assertThat(Interviews.get(id).getString("start")).isEqualTo(scheduled.getString("start"));

        given().when().delete("/api/interviews/" + id).then().statusCode(202);
        Interviews.settled(id);
        given().contentType(ContentType.JSON).body(Map.of("durationMinutes", 30)).when().patch("/api/interviews/" + id)
                .then().statusCode(409).body("detail", equalTo("Only a scheduled interview can be changed; this one is cancelled."));
    }

    @Test
    void thePageMovesAnInterviewAndShowsErrorsByTheFields() {
        String id = Interviews.schedule(Interviews.request());
        Interviews.settled(id);
        var form = Jsoup.parse(given().get("/interviews/" + id + "/reschedule").asString());
        assertThat(form.select("input#durationMinutes").attr("value")).isEqualTo("45");

        var bad = Csrf.form()
                .formParam("date", "2020-01-01").formParam("time", "10:00").formParam("recruiterTimeZone", "UTC")
                .formParam("durationMinutes", "45")
                .when().post("/interviews/" + id + "/reschedule");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.asString()).select(".error-text").text()).contains("Choose a time in the future");

        String date = Instant.now().plus(12, ChronoUnit.DAYS).atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        Csrf.form().redirects().follow(false)
                .formParam("date", date).formParam("time", "09:15").formParam("recruiterTimeZone", "UTC")
                .formParam("durationMinutes", "50")
                .when().post("/interviews/" + id + "/reschedule")
                .then().statusCode(303);
        JsonPath moved = Interviews.settled(id);
        assertThat(moved.getString("start")).isEqualTo(date + "T09:15:00Z");
        assertThat(moved.getInt("durationMinutes")).isEqualTo(50);
    }
}
