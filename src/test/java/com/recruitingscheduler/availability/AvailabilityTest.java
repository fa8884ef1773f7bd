package com.recruitingscheduler.availability;

import com.recruitingscheduler.support.Interviews;
import com.recruitingscheduler.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding a time and checking one, against the production defaults (09:00–17:00 Monday to Friday in each
 * interviewer's zone, a 15-minute buffer, 2 interviews a day and 6 a week, the candidate's 08:00–20:00), Google's
 * busy time from the sandbox, and the app's own interviews. Monday 3 March 2031 is the day searched; the organizer
 * calendar (the default zone) is in UTC.
 */
@QuarkusTest
@TestProfile(AvailabilityTest.ProductionRules.class)
class AvailabilityTest {

    public static class ProductionRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "recruiting.interviewers.working-days", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY",
                    "recruiting.interviewers.workday-start", "09:00",
                    "recruiting.interviewers.workday-end", "17:00",
                    "recruiting.interviewers.daily-limit", "2",
                    "recruiting.interviewers.weekly-limit", "6",
                    "recruiting.availability.candidate-day-start", "08:00",
                    "recruiting.availability.candidate-day-end", "20:00");
        }
    }

    private static final String MONDAY = "2031-03-03";

    private static String person(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@corp.example";
    }

    private static Map<String, Object> search(List<String> interviewers, Map<String, Object> candidate, int minutes,
                                              String from, String to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("interviewers", interviewers.stream().map(e -> Map.of("email", e)).toList());
        if (candidate != null) {
            body.put("candidate", candidate);
        }
        body.put("durationMinutes", minutes);
        body.put("from", from);
        body.put("to", to);
        body.put("limit", 200);
        return body;
    }

    private static List<String> starts(Map<String, Object> search) {
        JsonPath answer = given().contentType(ContentType.JSON).body(search).post("/api/availability")
                .then().statusCode(200).extract().jsonPath();
        return answer.getList("slots.start");
    }

    private static void directory(String email, Map<String, Object> entry) {
        Map<String, Object> body = new HashMap<>(entry);
        body.putIfAbsent("name", "Person " + email.substring(0, 6));
        given().contentType(ContentType.JSON).body(body).put("/api/interviewers/" + email).then().statusCode(201);
    }

    private static void busy(String email, String start, String end) {
        Sandbox.control().contentType(ContentType.JSON).body(Map.of("email", email, "start", start, "end", end))
                .post("/sandbox/busy").then().statusCode(204);
    }

    /** Books an interview for these people at this time, whatever the rules say. */
    private static String book(List<String> interviewers, String candidateEmail, String start, int minutes) {
        Map<String, Object> request = Interviews.request();
        request.put("interviewers", interviewers.stream().map(e -> Map.of("name", "Panel " + e.substring(0, 6), "email", e)).toList());
        if (candidateEmail != null) {
            ((Map<String, Object>) request.get("candidate")).put("email", candidateEmail);
        }
        request.put("start", start);
        request.put("durationMinutes", minutes);
        return Interviews.schedule(request);
    }

    @Test
    void slotsLieInsideEveryInterviewersWorkingHoursInTheirOwnZoneOnTheQuarterHour() {
        String paris = person("paris");
        String newYork = person("newyork");
        directory(paris, Map.of("timeZone", "Europe/Paris"));
        directory(newYork, Map.of("timeZone", "America/New_York"));
        // Paris 09–17 is 08:00–16:00Z in March, New York 09–17 is 14:00–22:00Z: together 14:00–16:00Z.
        List<String> starts = starts(search(List.of(paris, newYork), null, 60, MONDAY + "T00:00:00Z", MONDAY + "T23:59:00Z"));
        assertThat(starts).containsExactly(MONDAY + "T14:00:00Z", MONDAY + "T14:15:00Z", MONDAY + "T14:30:00Z",
                MONDAY + "T14:45:00Z", MONDAY + "T15:00:00Z");
    }

    @Test
    void theCandidatesDayIsKeptInTheirZone() {
        String interviewer = person("utc");
        Map<String, Object> kolkata = Map.of("email", person("cand"), "timeZone", "Asia/Kolkata");
        // Kolkata 08:00–20:00 is 02:30–14:30Z; the interviewer works 09:00–17:00Z.
        List<String> starts = starts(search(List.of(interviewer), kolkata, 60, MONDAY + "T00:00:00Z", MONDAY + "T23:59:00Z"));
        assertThat(starts.get(0)).isEqualTo(MONDAY + "T09:00:00Z");
        assertThat(starts.get(starts.size() - 1)).isEqualTo(MONDAY + "T13:30:00Z");
    }

    @Test
    void googleBusyTimeWidenedByTheBufferIsAvoided() {
        String interviewer = person("busy");
        busy(interviewer, MONDAY + "T11:00:00Z", MONDAY + "T12:00:00Z");
        List<String> starts = starts(search(List.of(interviewer), null, 60, MONDAY + "T09:00:00Z", MONDAY + "T17:00:00Z"));
        assertThat(starts).contains(MONDAY + "T09:45:00Z", MONDAY + "T12:15:00Z")
                .doesNotContain(MONDAY + "T10:00:00Z", MONDAY + "T10:30:00Z", MONDAY + "T11:00:00Z", MONDAY + "T12:00:00Z");
    }

    @Test
    void theCandidatesOtherInterviewsInThisAppAreAvoided() {
        String candidate = person("cand");
        book(List.of(person("other")), candidate, MONDAY + "T10:00:00Z", 60);
        List<String> starts = starts(search(List.of(person("fresh")), Map.of("email", candidate), 60,
                MONDAY + "T09:00:00Z", MONDAY + "T13:00:00Z"));
        assertThat(starts).contains(MONDAY + "T09:00:00Z", MONDAY + "T11:00:00Z")
                .doesNotContain(MONDAY + "T09:15:00Z", MONDAY + "T10:00:00Z", MONDAY + "T10:45:00Z");
    }

    @Test
    void dailyAndWeeklyLimitsCountThisAppsInterviewsInTheInterviewersZone() {
        String daily = person("daily");
        directory(daily, Map.of("dailyLimit", 1));
        book(List.of(daily), null, MONDAY + "T10:00:00Z", 45);
        List<String> starts = starts(search(List.of(daily), null, 45, MONDAY + "T00:00:00Z", "2031-03-05T00:00:00Z"));
        assertThat(starts).isNotEmpty().allMatch(s -> s.startsWith("2031-03-04"));

        String weekly = person("weekly");
        directory(weekly, Map.of("weeklyLimit", 1));
        book(List.of(weekly), null, MONDAY + "T10:00:00Z", 45);
        List<String> week = starts(search(List.of(weekly), null, 45, MONDAY + "T00:00:00Z", "2031-03-11T00:00:00Z"));
        assertThat(week).isNotEmpty().allMatch(s -> s.startsWith("2031-03-10"));
    }

    @Test
    void theEarliestPossibleSlotComesFirstOnTheNextQuarterHour() {
        List<String> starts = starts(search(List.of(person("early")), null, 30, MONDAY + "T09:07:00Z", MONDAY + "T17:00:00Z"));
        assertThat(starts.get(0)).isEqualTo(MONDAY + "T09:15:00Z");
        assertThat(starts).isSorted();
    }

    @Test
    void onePanelIsOneFreeBusyQueryAndSixtyPeopleAreTwo() {
        Sandbox.control().delete("/sandbox/stats").then().statusCode(200);
        List<String> panel = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            panel.add(person("panel" + i));
        }
        starts(search(panel, null, 45, MONDAY + "T00:00:00Z", "2031-03-17T00:00:00Z"));
        assertThat(freeBusyQueries()).isEqualTo(1);

        List<Map<String, String>> members = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            members.add(Map.of("name", "Member " + i, "email", person("member" + i)));
        }
        String pool = "big-" + UUID.randomUUID().toString().substring(0, 6);
        given().contentType(ContentType.JSON).body(Map.of("name", pool, "members", members)).post("/api/pools").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("pool", Map.of("name", pool, "count", 2), "durationMinutes", 45,
                "from", MONDAY + "T00:00:00Z", "to", "2031-03-04T00:00:00Z")).post("/api/availability").then().statusCode(200);
        assertThat(freeBusyQueries()).isEqualTo(3);
    }

    private static long freeBusyQueries() {
        return Sandbox.control().get("/sandbox/stats").then().statusCode(200).extract().jsonPath().getLong("'freebusy.query'");
    }

    @Test
    void anUnreadableCalendarIsNamedNotTakenAsFree() {
        String unreadable = person("hidden");
        Sandbox.control().contentType(ContentType.JSON).body(Map.of("email", unreadable, "unreadable", "notFound"))
                .post("/sandbox/busy").then().statusCode(204);
        JsonPath answer = given().contentType(ContentType.JSON)
                .body(search(List.of(unreadable, person("fine")), null, 45, MONDAY + "T09:00:00Z", MONDAY + "T17:00:00Z"))
                .post("/api/availability").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getList("slots")).isEmpty();
        assertThat(answer.getString("unreadable[0].email")).isEqualTo(unreadable);
        assertThat(answer.getString("unreadable[0].reason")).isEqualTo("notFound");
    }

    @Test
    void aBusyPanelIsRefusedWith409NamingEachPersonUnlessConflictsAreAllowed() {
        String busyOne = person("busy");
        busy(busyOne, MONDAY + "T10:00:00Z", MONDAY + "T11:00:00Z");
        Map<String, Object> request = Interviews.request();
        request.remove("allowConflicts");
        request.put("interviewers", List.of(Map.of("name", "Bea Busy", "email", busyOne), Map.of("name", "Fay Free", "email", person("free"))));
        ((Map<String, Object>) request.get("candidate")).put("timeZone", "Asia/Tokyo"); // 19:00Z is 04:00 in Tokyo
        request.put("start", MONDAY + "T10:15:00Z");
        Response refused = given().contentType(ContentType.JSON).body(request).post("/api/interviews");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getList("conflicts.email")).containsExactly(busyOne);
        assertThat(refused.jsonPath().getString("conflicts[0].reason")).isEqualTo("busy");

        request.put("start", MONDAY + "T19:00:00Z");
        Response late = given().contentType(ContentType.JSON).body(request).post("/api/interviews");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.jsonPath().getList("conflicts.reason")).contains("outside working hours", "outside the candidate's day");

        request.put("allowConflicts", true);
        given().contentType(ContentType.JSON).body(request).post("/api/interviews").then().statusCode(202);
    }

    @Test
    void movingChecksTheSameAndTheInterviewsOwnTimeDoesNotStandInItsWay() {
        String interviewer = person("mover");
        String id = book(List.of(interviewer), null, MONDAY + "T10:00:00Z", 60);
        Interviews.settled(id);
        busy(interviewer, MONDAY + "T14:00:00Z", MONDAY + "T15:00:00Z");
        given().contentType(ContentType.JSON).body(Map.of("start", MONDAY + "T14:30:00Z")).patch("/api/interviews/" + id)
                .then().statusCode(409).body("conflicts[0].reason", org.hamcrest.Matchers.equalTo("busy"));
        // Half an hour later overlaps its own old time only: allowed.
        given().contentType(ContentType.JSON).body(Map.of("start", MONDAY + "T10:30:00Z")).patch("/api/interviews/" + id)
                .then().statusCode(202);
    }

    @Test
    void aPoolSeatsTheLeastLoadedFreeMembersAndATraineeAsAnExtraShadowSeat() {
        String loaded = person("loaded");
        String busyMember = person("busymember");
        String idle = person("idle");
        String trainee = person("trainee");
        String pool = "backend-" + UUID.randomUUID().toString().substring(0, 6);
        given().contentType(ContentType.JSON).body(Map.of("name", pool, "members", List.of(
                        Map.of("name", "Lou Loaded", "email", loaded), Map.of("name", "Bo Busy", "email", busyMember),
                        Map.of("name", "Ida Idle", "email", idle), Map.of("name", "Tia Trainee", "email", trainee))))
                .post("/api/pools").then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/pools/" + pool));
        directory(trainee, Map.of("name", "Tia Trainee", "trainee", true, "pools", List.of(pool)));
        book(List.of(loaded), null, MONDAY + "T09:00:00Z", 30);
        book(List.of(loaded), null, "2031-03-04T09:00:00Z", 30);
        busy(busyMember, "2031-03-05T09:00:00Z", "2031-03-05T17:00:00Z");

        Map<String, Object> request = Interviews.request();
        request.remove("allowConflicts");
        request.remove("interviewers");
        request.put("pool", Map.of("name", pool, "count", 1, "shadow", true));
        request.put("start", "2031-03-05T13:00:00Z");
        String id = Interviews.schedule(request);
        JsonPath interview = Interviews.get(id);
        assertThat(interview.getList("interviewers.email")).containsExactly(idle, trainee);
        assertThat(interview.getList("interviewers.shadow")).containsExactly(false, true);
        assertThat(interview.getString("pool")).isEqualTo(pool);
        assertThat(Interviews.history(id)).contains("Panel from the pool " + pool);

        request.put("pool", Map.of("name", pool, "count", 2));
        request.put("start", "2031-03-05T15:00:00Z");
        ((Map<String, Object>) request.get("candidate")).put("email", person("second"));
        assertThat(Interviews.get(Interviews.schedule(request)).getList("interviewers.email"))
                .containsExactlyInAnyOrder(idle, loaded);

        request.put("pool", Map.of("name", pool, "count", 3));
        request.put("start", "2031-03-05T16:00:00Z");
        ((Map<String, Object>) request.get("candidate")).put("email", person("third"));
        Response tooFew = given().contentType(ContentType.JSON).body(request).post("/api/interviews");
        assertThat(tooFew.statusCode()).isEqualTo(409);
        assertThat(tooFew.jsonPath().getList("conflicts.email")).contains(busyMember);

        JsonPath slots = given().contentType(ContentType.JSON).body(Map.of("pool", Map.of("name", pool, "count", 1),
                        "durationMinutes", 30, "from", "2031-03-05T13:00:00Z", "to", "2031-03-05T14:00:00Z"))
                .post("/api/availability").then().statusCode(200).extract().jsonPath();
        assertThat(slots.getList("slots.interviewers[0].email")).doesNotContain(busyMember, trainee);
    }

    @Test
    void theDirectoryKeepsAnInterviewersRulesAndReportsDefaultsForTheRest() {
        String email = person("dir");
        given().get("/api/interviewers/" + email).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("name", "Dee Rector", "timeZone", "Europe/Berlin",
                        "workingHours", List.of(Map.of("days", List.of("TUESDAY", "THURSDAY"), "start", "10:00", "end", "14:00")),
                        "dailyLimit", 3))
                .put("/api/interviewers/" + email).then().statusCode(201);
        JsonPath entry = given().get("/api/interviewers/" + email).then().statusCode(200).extract().jsonPath();
        assertThat(entry.getString("timeZone")).isEqualTo("Europe/Berlin");
        assertThat(entry.getInt("dailyLimit")).isEqualTo(3);
        assertThat(entry.getInt("weeklyLimit")).isEqualTo(6);
        assertThat(entry.getList("workingHours[0].days")).containsExactly("TUESDAY", "THURSDAY");
        given().contentType(ContentType.JSON).body(Map.of("name", "", "timeZone", "Mars/Base", "dailyLimit", -1))
                .put("/api/interviewers/" + email).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("name", "timeZone", "dailyLimit"));

        List<String> starts = starts(search(List.of(email), null, 60, MONDAY + "T00:00:00Z", "2031-03-05T00:00:00Z"));
        // Tuesday 10:00–14:00 in Berlin (UTC+1) is 09:00–13:00Z.
        assertThat(starts).first().isEqualTo("2031-03-04T09:00:00Z");
        assertThat(starts).last().isEqualTo("2031-03-04T12:00:00Z");
    }

    @Test
    void poolsAreCreatedChangedAndDeletedThroughTheApi() {
        String pool = "api-" + UUID.randomUUID().toString().substring(0, 6);
        given().contentType(ContentType.JSON).body(Map.of("members", List.of(Map.of("name", "Al Api", "email", "al-" + pool + "@corp.example"))))
                .put("/api/pools/" + pool).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("name", pool, "members", List.of())).post("/api/pools")
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("members", List.of(Map.of("name", "Bea Api", "email", "BEA-" + pool + "@corp.example"))))
                .put("/api/pools/" + pool).then().statusCode(200);
        assertThat(given().get("/api/pools/" + pool).jsonPath().getList("members.email")).containsExactly("bea-" + pool + "@corp.example");
        given().contentType(ContentType.JSON).body(Map.of("name", pool + "-bad", "members", List.of(Map.of("name", "X", "email", "x@localhost"))))
                .post("/api/pools").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("members[0].email"));
        given().delete("/api/pools/" + pool).then().statusCode(204);
        given().get("/api/pools/" + pool).then().statusCode(404);
    }

    @Test
    void aBadSearchIsA400NamingEachField() {
        given().contentType(ContentType.JSON).body(Map.of("durationMinutes", 2, "from", MONDAY + "T10:00:00Z",
                        "to", MONDAY + "T09:00:00Z", "limit", 0)).post("/api/availability")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("interviewers", "durationMinutes", "to", "limit"));
        given().contentType(ContentType.JSON).body(Map.of("interviewers", List.of(Map.of("email", "a@corp.example")),
                        "durationMinutes", 30, "from", MONDAY + "T00:00:00Z", "to", "2031-06-01T00:00:00Z"))
                .post("/api/availability").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("to"));
        assertThat(Instant.parse(MONDAY + "T00:00:00Z")).isAfter(Instant.now());
    }
}
