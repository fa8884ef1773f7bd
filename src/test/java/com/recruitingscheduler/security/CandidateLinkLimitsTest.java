package com.recruitingscheduler.security;

import com.recruitingscheduler.sandbox.calendar.SandboxFreeBusy;
import com.recruitingscheduler.sandbox.control.SandboxStats;
import com.recruitingscheduler.support.ApiKeyForEveryRequest;
import com.recruitingscheduler.support.Interviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A candidate's link cannot spend the organizer's Google budget, and never makes a booking wait on Google with a
 * lock held. Answers are reused for no time at all here (free-busy-cache 0s), so every search would ask Google: only
 * the link's own budget (5 calls an hour here) bounds them.
 */
@QuarkusTest
@TestProfile(CandidateLinkLimitsTest.SmallBudget.class)
class CandidateLinkLimitsTest {

    static final int BUDGET = 5;

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("recruiting.candidates.google-calls-per-hour", String.valueOf(BUDGET),
                    "recruiting.availability.free-busy-cache", "0s");
        }
    }

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    SandboxStats stats;

    @Inject
    SandboxFreeBusy freeBusy;

    /** Each request from another address, as a script spread over many would send them. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "192.0." + (2 + n / 250) + "." + (n % 250 + 1);
    }

    private static String link(String interviewerEmail) {
        Map<String, Object> request = Interviews.request();
        request.remove("start");
        request.remove("allowConflicts");
        request.put("interviewers", List.of(Map.of("name", "Lena Limit", "email", interviewerEmail)));
        Instant from = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        request.put("candidateChooses", Map.of("from", from.toString(), "to", from.plus(1, ChronoUnit.DAYS).toString(), "options", 6));
        String link = given().header("Authorization", "Bearer " + ApiKeyForEveryRequest.KEY).contentType(ContentType.JSON)
                .body(request).post("/api/interviews").then().statusCode(202).extract().path("schedulingLink");
        return URI.create(link).getPath();
    }

    private static Response show(String page) {
        return given().header("X-Forwarded-For", newAddress()).get(page);
    }

    /** The page's form as a browser holds it: its CSRF cookie and token. */
    private record Form(String page, String cookie, String token) {
        static Form of(String page) {
            Response shown = show(page);
            return new Form(page, shown.getCookie("csrf-token"),
                    Jsoup.parse(shown.asString()).select("input[name=csrf-token]").first().attr("value"));
        }

        /** Posts a choice, from a new address. */
        Response choose(String start) {
            return given().redirects().follow(false).header("X-Forwarded-For", newAddress()).cookie("csrf-token", cookie)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", token)
                    .formParam("start", start).post(page);
        }
    }

    private static Response choose(String page, String start) {
        return Form.of(page).choose(start);
    }

    private static List<String> offered(Response page) {
        return Jsoup.parse(page.asString()).select("input[type=radio][name=start]").eachAttr("value");
    }

    @Test
    void aFloodOfPageViewsAndRefusedChoicesAsksGoogleAtMostTheLinksBudget() {
        String page = link("lena-" + UUID.randomUUID() + "@corp.example");
        long before = stats.calls("freebusy.query");
        List<String> first = offered(show(page).then().statusCode(200).extract().response());
        assertThat(first).isNotEmpty();
        Instant offered = Instant.parse(first.get(0));
        List<String> refused = List.of(offered.plus(7, ChronoUnit.MINUTES).toString(), "2099-01-01T09:00:00Z",
                Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS).toString(), "+292278994-08-17T07:12:55.807Z");
        for (int i = 0; i < 20; i++) {
            Response shown = show(page);
            assertThat(shown.statusCode()).as("view %d", i).isEqualTo(200);
            assertThat(offered(shown)).as("view %d answers from what the link has", i).isEqualTo(first);
            assertThat(choose(page, refused.get(i % refused.size())).statusCode()).as("choice %d", i).isEqualTo(400);
        }
        // 20 views, 20 refused choices (each a view and a post): Google asked at most the link's budget
        assertThat(stats.calls("freebusy.query") - before).isBetween(1L, (long) BUDGET);
        // every bucket row says when it is idle, so housekeeping can delete it (SignInThrottleTest deletes some)
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> io.quarkus.hibernate.orm.panache.Panache
                .getEntityManager().createNativeQuery("select count(*) from page_throttle where expires_at is null")
                .getSingleResult())).isEqualTo(0L);
    }

    @Test
    void noLockIsHeldWhileGoogleAnswersACandidatesChoice() throws Exception {
        String interviewer = "lock-" + UUID.randomUUID() + "@corp.example";
        String page = link(interviewer);
        String time = offered(show(page)).get(0);
        Form form = Form.of(page);
        SandboxFreeBusy.Hold hold = freeBusy.holdNext();
        CompletableFuture<Integer> candidate = CompletableFuture.supplyAsync(() -> form.choose(time).statusCode());
        try {
            assertThat(hold.arrived(Duration.ofSeconds(20))).as("the choice asks Google").isTrue();
            // Meanwhile the recruiter books the same interviewer at the same time: nothing of the candidate's is locked.
            Map<String, Object> request = Interviews.request();
            request.put("interviewers", List.of(Map.of("name", "Lena Limit", "email", interviewer)));
            request.put("start", time);
            request.put("durationMinutes", 45);
            request.put("allowConflicts", false);
            CompletableFuture<Integer> recruiter = CompletableFuture.supplyAsync(() -> given()
                    .header("Authorization", "Bearer " + ApiKeyForEveryRequest.KEY).contentType(ContentType.JSON)
                    .body(request).post("/api/interviews").statusCode());
            assertThat(recruiter.get(20, TimeUnit.SECONDS)).isEqualTo(202);
            assertThat(candidate).as("the candidate's choice still waits on Google").isNotDone();
        } finally {
            hold.release();
        }
        // Google's answer comes; the choice is checked again against the stored bookings and finds the time taken.
        assertThat(candidate.get(30, TimeUnit.SECONDS)).isEqualTo(409);
    }
}
