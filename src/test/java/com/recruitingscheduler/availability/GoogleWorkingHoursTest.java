package com.recruitingscheduler.availability;

import com.recruitingscheduler.support.Sandbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The working hours people publish on their own Google calendar (read with {@code calendars.get} through the real
 * client from the sandbox, which answers in Google's JSON): they hold, in their calendar's zone, for someone the
 * directory gives no hours; the directory's own hours win; hours turned off, or a calendar Google does not show the
 * organizer, leave the defaults (09:00–17:00 Monday to Friday here). Monday 3 March 2031 is searched; Berlin is
 * UTC+1 then, New York UTC−5.
 */
@QuarkusTest
@TestProfile(AvailabilityTest.ProductionRules.class)
class GoogleWorkingHoursTest {

    private static final String MONDAY = "2031-03-03";

    private static String person(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@corp.example";
    }

    /** Gives this person an own calendar in the sandbox: a zone and, on Mondays, the published block (minutes). */
    private static void ownCalendar(String email, String zone, boolean enabled, int mondayFrom, int mondayTo) {
        Map<String, Object> hours = new LinkedHashMap<>();
        hours.put("workingHoursEnabled", enabled);
        hours.put("availableTimes", List.of(
                Map.of("dayOfWeek", "monday", "periodStart", mondayFrom, "periodEnd", mondayTo),
                Map.of("dayOfWeek", "tuesday", "periodStart", 540, "periodEnd", 1440)));
        Sandbox.control().contentType(ContentType.JSON).body(Map.of("email", email, "timeZone", zone, "workingHours", hours))
                .post("/sandbox/people").then().statusCode(204);
    }

    private static List<String> starts(String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("interviewers", List.of(Map.of("email", email)));
        body.put("durationMinutes", 60);
        body.put("from", MONDAY + "T00:00:00Z");
        body.put("to", MONDAY + "T23:59:00Z");
        body.put("limit", 200);
        return given().contentType(ContentType.JSON).body(body).post("/api/availability")
                .then().statusCode(200).extract().jsonPath().getList("slots.start");
    }

    private static void directory(String email, Map<String, Object> entry) {
        Map<String, Object> body = new HashMap<>(entry);
        body.putIfAbsent("name", "Person " + email.substring(0, 6));
        given().contentType(ContentType.JSON).body(body).put("/api/interviewers/" + email).then().statusCode(201);
    }

    private static JsonPath entry(String email) {
        return given().get("/api/interviewers/" + email).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void someoneTheDirectoryGivesNoHoursGetsThoseTheyPublishedInTheirCalendarsZone() {
        String berlin = person("berlin");
        ownCalendar(berlin, "Europe/Berlin", true, 13 * 60, 15 * 60);
        // Monday 13:00–15:00 in Berlin is 12:00–14:00Z.
        assertThat(starts(berlin)).containsExactly(MONDAY + "T12:00:00Z", MONDAY + "T12:15:00Z", MONDAY + "T12:30:00Z",
                MONDAY + "T12:45:00Z", MONDAY + "T13:00:00Z");

        directory(berlin, Map.of("dailyLimit", 3)); // an entry without hours or a zone
        JsonPath shown = entry(berlin);
        assertThat(shown.getString("timeZone")).isEqualTo("Europe/Berlin");
        assertThat(shown.getString("workingHoursFrom")).isEqualTo("google");
        assertThat(shown.getList("workingHours.start")).containsExactly("09:00:00", "13:00:00");
        assertThat(shown.getList("workingHours.end")).containsExactly("23:59:00", "15:00:00"); // Google's 24:00
        assertThat(shown.getList("workingHours[1].days")).containsExactly("MONDAY");
        assertThat(Jsoup.parse(Sandbox.control().get("/interviewers").asString()).select("tr:contains(" + berlin + ")").text())
                .contains("Mon 13:00–15:00").contains("from their Google Calendar").contains("Europe/Berlin");
    }

    @Test
    void theDirectorysOwnHoursWin() {
        String berlin = person("own");
        ownCalendar(berlin, "Europe/Berlin", true, 13 * 60, 15 * 60);
        directory(berlin, Map.of("workingHours", List.of(Map.of("days", List.of("MONDAY"), "start", "09:00", "end", "10:15"))));
        // 09:00–10:15 in Berlin (the zone from their calendar, the entry naming none) is 08:00–09:15Z.
        assertThat(starts(berlin)).containsExactly(MONDAY + "T08:00:00Z", MONDAY + "T08:15:00Z");
        assertThat(entry(berlin).getString("workingHoursFrom")).isEqualTo("directory");
    }

    @Test
    void hoursTurnedOffOrACalendarGoogleDoesNotShowLeaveTheDefaults() {
        String off = person("off");
        ownCalendar(off, "America/New_York", false, 13 * 60, 15 * 60);
        // Their calendar's zone still holds: 09:00–17:00 in New York is 14:00–22:00Z.
        List<String> offStarts = starts(off);
        assertThat(offStarts.get(0)).isEqualTo(MONDAY + "T14:00:00Z");
        assertThat(offStarts.get(offStarts.size() - 1)).isEqualTo(MONDAY + "T21:00:00Z");

        String unknown = person("unknown"); // no own calendar in the sandbox: Google answers 404
        List<String> unknownStarts = starts(unknown);
        assertThat(unknownStarts.get(0)).isEqualTo(MONDAY + "T09:00:00Z"); // the organizer's zone, UTC
        assertThat(unknownStarts.get(unknownStarts.size() - 1)).isEqualTo(MONDAY + "T16:00:00Z");
    }

    @Test
    void hoursPublishedInAnotherZoneThanTheDirectorysAreNotMisread() {
        String tokyo = person("tokyo");
        ownCalendar(tokyo, "Europe/Berlin", true, 13 * 60, 15 * 60);
        directory(tokyo, Map.of("timeZone", "Asia/Tokyo"));
        // The defaults in Tokyo: 09:00–17:00 is 00:00–08:00Z; Berlin's 13:00–15:00 would have been 12:00–14:00Z.
        List<String> starts = starts(tokyo);
        assertThat(starts.get(0)).isEqualTo(MONDAY + "T00:00:00Z");
        assertThat(starts.get(starts.size() - 1)).isEqualTo(MONDAY + "T07:00:00Z");
        assertThat(entry(tokyo).getString("workingHoursFrom")).isEqualTo("defaults");
    }

    @Test
    void aPersonsCalendarIsReadOnceAndKeptForTheHour() {
        String berlin = person("kept");
        ownCalendar(berlin, "Europe/Berlin", true, 13 * 60, 15 * 60);
        assertThat(starts(berlin)).first().isEqualTo(MONDAY + "T12:00:00Z");
        ownCalendar(berlin, "Europe/Berlin", true, 10 * 60, 12 * 60);
        assertThat(starts(berlin)).as("read again only after recruiting.interviewers.google-working-hours-cache")
                .first().isEqualTo(MONDAY + "T12:00:00Z");
    }

    @Test
    void theSandboxRefusesWorkingHoursGoogleWouldRefuse() {
        Map<String, Object> enabledWithoutTimes = Map.of("email", person("bad"), "timeZone", "Europe/Berlin",
                "workingHours", Map.of("workingHoursEnabled", true, "availableTimes", List.of()));
        Sandbox.control().contentType(ContentType.JSON).body(enabledWithoutTimes).post("/sandbox/people").then().statusCode(400);
        Map<String, Object> badBlock = Map.of("email", person("bad"), "timeZone", "Europe/Berlin", "workingHours",
                Map.of("workingHoursEnabled", true, "availableTimes",
                        List.of(Map.of("dayOfWeek", "monday", "periodStart", 900, "periodEnd", 600))));
        Sandbox.control().contentType(ContentType.JSON).body(badBlock).post("/sandbox/people").then().statusCode(400);
    }
}
