package com.recruitingscheduler.scheduling;

import com.recruitingscheduler.support.GoogleSide;
import com.recruitingscheduler.support.Interviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Events changed in Google Calendar behind the app's back are found and shown first. */
@QuarkusTest
@TestSecurity(user = "recruiter@corp.example", roles = {"recruiter", "api"})
class CalendarDriftTest {

    @Inject
    CalendarDrift drift;

    @Test
    void deletedMovedAndStrippedEventsMarkTheirInterviewsNeedsAttention() {
        JsonPath deleted = Interviews.settled(Interviews.schedule(Interviews.request()));
        JsonPath moved = Interviews.settled(Interviews.schedule(Interviews.request()));
        JsonPath stripped = Interviews.settled(Interviews.schedule(Interviews.request()));
        JsonPath untouched = Interviews.settled(Interviews.schedule(Interviews.request()));

        GoogleSide.delete(deleted.getString("candidateEventId"));
        Instant elsewhere = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        GoogleSide.move(moved.getString("interviewerEventId"), elsewhere.toString(), elsewhere.plus(1, ChronoUnit.HOURS).toString());
        GoogleSide.removeConference(stripped.getString("candidateEventId"));

        assertThat(drift.check()).isGreaterThanOrEqualTo(3);

        JsonPath afterDelete = Interviews.get(deleted.getString("id"));
        assertThat(afterDelete.getString("status")).isEqualTo("NEEDS_ATTENTION");
        assertThat(afterDelete.getString("attention")).isEqualTo("The candidate's event was deleted in Google Calendar (or moved into the past).");
        JsonPath afterMove = Interviews.get(moved.getString("id"));
        assertThat(afterMove.getString("status")).isEqualTo("NEEDS_ATTENTION");
        assertThat(afterMove.getString("attention")).startsWith("The interviewers' event was moved in Google Calendar to");
        JsonPath afterStrip = Interviews.get(stripped.getString("id"));
        assertThat(afterStrip.getString("attention")).isEqualTo("The candidate's event no longer carries the interview's video call.");
        assertThat(Interviews.get(untouched.getString("id")).getString("status")).isEqualTo("SCHEDULED");

        var list = Jsoup.parse(given().queryParam("q", moved.getString("candidate.name")).get("/interviews").asString());
        assertThat(list.select("section.attention li").eachText()).singleElement().asString().contains("Needs attention");
        assertThat(list.select("section.attention a").attr("href")).isEqualTo("/interviews/" + moved.getString("id"));
        var page = Jsoup.parse(given().get("/interviews/" + moved.getString("id")).asString());
        assertThat(page.select(".alert.warning").text()).contains("was moved in Google Calendar");
        assertThat(page.select("a[href$=/reschedule]")).hasSize(1);
    }

    @Test
    void movingAnInterviewThatNeedsAttentionPutsItsEventsBack() {
        JsonPath moved = Interviews.settled(Interviews.schedule(Interviews.request()));
        Instant elsewhere = Instant.now().plus(21, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        GoogleSide.move(moved.getString("candidateEventId"), elsewhere.toString(), elsewhere.plus(1, ChronoUnit.HOURS).toString());
        drift.check();
        assertThat(Interviews.get(moved.getString("id")).getString("status")).isEqualTo("NEEDS_ATTENTION");

        given().contentType("application/json").body("{\"start\":\"" + moved.getString("start") + "\"}")
                .when().patch("/api/interviews/" + moved.getString("id")).then().statusCode(202);
        JsonPath repaired = Interviews.settled(moved.getString("id"));

        assertThat(repaired.getString("status")).isEqualTo("SCHEDULED");
        drift.check();
        assertThat(Interviews.get(moved.getString("id")).getString("status")).isEqualTo("SCHEDULED");
    }
}
