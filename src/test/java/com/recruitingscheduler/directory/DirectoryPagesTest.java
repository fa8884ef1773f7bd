package com.recruitingscheduler.directory;

import com.recruitingscheduler.support.Csrf;
import com.recruitingscheduler.support.Interviews;
import com.recruitingscheduler.support.Sandbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Recruiters keep the directory and the pools through pages; the interviewers page shows each person's week. */
@QuarkusTest
@TestSecurity(user = "recruiter@corp.example", roles = {"recruiter", "api"})
class DirectoryPagesTest {

    private static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }

    @Test
    void theInterviewersPageShowsEachPersonsInterviewsThisWeekAgainstTheirLimit() {
        String email = "week-" + UUID.randomUUID().toString().substring(0, 8) + "@corp.example";
        // Their own calendar's zone is one where it is about noon now, so that ten minutes on is still today and this
        // week there (in UTC, late on a Sunday, it would be next week). Not in the directory, they keep the defaults.
        int offset = 12 - Instant.now().atZone(java.time.ZoneOffset.UTC).getHour();
        String noon = offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" + offset : "+" + -offset);
        Sandbox.control().contentType("application/json").body(Map.of("email", email, "timeZone", noon))
                .post("/sandbox/people").then().statusCode(204);
        Map<String, Object> request = Interviews.request();
        request.put("interviewers", List.of(Map.of("name", "Wendy Week", "email", email)));
        request.put("start", Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES).toString());
        Interviews.schedule(request);
        Document page = page("/interviewers");
        assertThat(page.select("tr").eachText()).anyMatch(row -> row.contains(email) && row.contains("1 of")
                && row.contains("(defaults)") && row.contains(noon));
    }

    @Test
    void aRecruiterAddsAnInterviewerWithHoursLimitsAndPools() {
        String pool = "design-" + UUID.randomUUID().toString().substring(0, 6);
        Csrf.form().formParam("name", pool).formParam("members", "Dora Design <dora-" + pool + "@corp.example>")
                .redirects().follow(false).post("/pools").then().statusCode(303);
        String email = "page-" + UUID.randomUUID().toString().substring(0, 8) + "@corp.example";
        Csrf.form().formParam("email", email).formParam("name", "Paige Person").formParam("timeZone", "Asia/Tokyo")
                .formParam("days", "TUESDAY").formParam("days", "WEDNESDAY").formParam("start", "10:00").formParam("end", "15:00")
                .formParam("dailyLimit", "1").formParam("weeklyLimit", "3").formParam("pools", pool).formParam("trainee", "true")
                .redirects().follow(false).post("/interviewers").then().statusCode(303);

        var entry = given().get("/api/interviewers/" + email).then().statusCode(200).extract().jsonPath();
        assertThat(entry.getString("timeZone")).isEqualTo("Asia/Tokyo");
        assertThat(entry.getList("workingHours[0].days")).containsExactly("TUESDAY", "WEDNESDAY");
        assertThat(entry.getString("workingHours[0].start")).startsWith("10:00");
        assertThat(entry.getInt("dailyLimit")).isEqualTo(1);
        assertThat(entry.getList("pools")).containsExactly(pool);
        assertThat(entry.getBoolean("trainee")).isTrue();
        assertThat(page("/interviewers").text()).contains("Paige Person").contains("Tue Wed 10:00–15:00");

        Response bad = Csrf.form().formParam("email", "not an address").formParam("name", "").formParam("timeZone", "Mars/Base")
                .formParam("dailyLimit", "many").post("/interviewers");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.asString()).select("#error-summary a").eachText())
                .contains("Interviews a day at most: enter a whole number, or leave it empty for the default");
        assertThat(Jsoup.parse(bad.asString()).select("#dailyLimit").attr("aria-invalid")).isEqualTo("true");
        Response bad2 = Csrf.form().formParam("email", "not an address").formParam("name", "").formParam("timeZone", "Mars/Base")
                .post("/interviewers");
        assertThat(Jsoup.parse(bad2.asString()).select("#error-summary a").eachText())
                .contains("E-mail: enter an e-mail address such as name@example.com", "Name: enter their name")
                .contains("Time zone: enter a time zone such as Europe/Paris or America/New_York");
    }

    @Test
    void aRecruiterCreatesChangesAndDeletesAPool() {
        String pool = "backend-" + UUID.randomUUID().toString().substring(0, 6);
        Csrf.form().formParam("name", pool).formParam("members", "Ann Lee <ann-" + pool + "@corp.example>\nBo Kim <bo-" + pool + "@corp.example>")
                .redirects().follow(false).post("/pools").then().statusCode(303);
        assertThat(page("/pools").text()).contains(pool).contains("2 members");

        Csrf.form().formParam("members", "Cy Young <cy-" + pool + "@corp.example>").redirects().follow(false)
                .post("/pools/" + pool + "/members").then().statusCode(303);
        assertThat(given().get("/api/pools/" + pool).jsonPath().getList("members.name")).containsExactly("Cy Young");

        Response bad = Csrf.form().formParam("name", pool).formParam("members", "no brackets here").post("/pools");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.asString()).select("#error-summary").text()).contains("line 1");
        assertThat(Jsoup.parse(bad.asString()).select("#error-summary a").eachAttr("href")).allMatch(href -> href.equals("#members"))
                .isNotEmpty();
        assertThat(Jsoup.parse(bad.asString()).select("#members").attr("aria-invalid")).isEqualTo("true");

        Csrf.form().redirects().follow(false).post("/pools/" + pool + "/delete").then().statusCode(303);
        given().get("/api/pools/" + pool).then().statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> (Object) Pool.findById(pool))).isNull();
    }
}
