package com.recruitingscheduler.candidate;

import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.sandbox.calendar.SandboxCalendar;
import com.recruitingscheduler.support.ApiKeyForEveryRequest;
import com.recruitingscheduler.support.Interviews;
import com.recruitingscheduler.support.Sandbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate picks the time on a private link: nothing reaches Google before the choice; the page shows times in
 * the candidate's zone and never an interviewer; the time is checked again at the choice and two candidates cannot
 * both take the last free time; the candidate moves (within limits) and cancels; a wrong or expired link is a 404.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class CandidateLinkTest {

    @Inject
    SandboxCalendar sandbox;

    private static RequestSpecification api() {
        return given().header("Authorization", "Bearer " + ApiKeyForEveryRequest.KEY);
    }

    private static Map<String, Object> asking(String interviewerName, String interviewerEmail, Instant from, Instant to) {
        Map<String, Object> request = Interviews.request();
        request.remove("start");
        request.remove("allowConflicts");
        request.put("interviewers", List.of(Map.of("name", interviewerName, "email", interviewerEmail)));
        request.put("candidateChooses", Map.of("from", from.toString(), "to", to.toString(), "options", 6));
        return request;
    }

    private static JsonPath ask(Map<String, Object> request) {
        return api().contentType(ContentType.JSON).body(request).post("/api/interviews").then().statusCode(202).extract().jsonPath();
    }

    private static String path(JsonPath interview) {
        return URI.create(interview.getString("schedulingLink")).getPath();
    }

    /** Posts a form of the candidate's page as a browser does: with the page's CSRF cookie and token. */
    private static Response post(String page, String action, Map<String, String> fields) {
        Response shown = given().get(page);
        String token = Jsoup.parse(shown.asString()).select("input[name=csrf-token]").first().attr("value");
        return given().redirects().follow(false).cookie("csrf-token", shown.getCookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", token)
                .formParams(fields).post(action);
    }

    private static List<String> offered(String page) {
        return Jsoup.parse(given().get(page).then().statusCode(200).extract().asString())
                .select("input[type=radio][name=start]").eachAttr("value");
    }

    private static String person(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@corp.example";
    }

    private static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    @Test
    void askingTheCandidateWritesNothingToGoogleAndGivesAnUnguessableLink() {
        int events = sandbox.allEvents().size();
        JsonPath interview = ask(asking("Zed Zimmer", person("zed"), inDays(3), inDays(5)));
        assertThat(interview.getString("status")).isEqualTo("AWAITING_CANDIDATE");
        assertThat(interview.getString("start")).isNull();
        String link = interview.getString("schedulingLink");
        assertThat(link).startsWith("http://localhost:").contains("/schedule/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(token).matches("[A-Za-z0-9_-]{43,}");
        assertThat(interview.getString("nextStep")).isNull();
        assertThat(sandbox.allEvents()).hasSize(events);
    }

    @Inject
    io.quarkus.mailer.MockMailbox mailbox;

    @Test
    void theAppEmailsTheLinkAndInDevAndTestTheSandboxInboxShowsIt() {
        Map<String, Object> request = asking("Mo Mailer", person("mo"), inDays(3), inDays(4));
        String candidate = (String) ((Map<String, Object>) request.get("candidate")).get("email");
        JsonPath interview = ask(request);
        String link = interview.getString("schedulingLink");
        api().post("/api/interviews/" + interview.getString("id") + "/send-link").then().statusCode(202)
                .body("sentTo", org.hamcrest.Matchers.equalTo(candidate));
        List<io.quarkus.mailer.Mail> sent = mailbox.getMailsSentTo(candidate);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getText()).contains(link).doesNotContain("Mo Mailer");
        assertThat(Sandbox.control().queryParam("email", candidate).get("/sandbox/inbox").asString()).contains(link);
        assertThat(Interviews.history(interview.getString("id"))).contains("to " + candidate);
    }

    @Test
    void thePageOffersTimesInTheCandidatesZoneAndNeverNamesAnInterviewer() {
        String email = person("quinn");
        Map<String, Object> request = asking("Quinn Quartermaine", email, inDays(3), inDays(4));
        ((Map<String, Object>) request.get("candidate")).put("timeZone", "America/New_York");
        String page = path(ask(request));
        Response response = given().get(page);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.getHeader("X-Robots-Tag")).contains("noindex");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        Document html = Jsoup.parse(response.asString());
        assertThat(html.select("meta[name=robots]").attr("content")).contains("noindex");
        assertThat(html.text()).contains("America/New_York").contains("Backend Engineer").contains("45 minutes");
        assertThat(html.select("input[type=radio][name=start]")).hasSize(6);
        assertThat(html.select("form[method=post] input[name=csrf-token]")).isNotEmpty();
        // The CSRF token is random letters and may spell "QQ" by chance; it cannot carry a hint, so it is left out.
        String raw = response.asString().replace(html.select("input[name=csrf-token]").attr("value"), "");
        for (String hint : List.of("Quinn", "Quartermaine", email, email.substring(0, email.indexOf('@')), "Q.Q", "QQ")) {
            assertThat(raw).as("the page hints at the interviewer: %s", hint).doesNotContainIgnoringCase(hint);
        }
        String first = html.select("input[name=start]").first().attr("value");
        String label = html.select("label[for=start-0]").text();
        String tokyo = Jsoup.parse(given().queryParam("zone", "Asia/Tokyo").get(page).asString()).select("label[for=start-0]").text();
        assertThat(tokyo).isNotEqualTo(label);
        assertThat(Jsoup.parse(given().queryParam("zone", "Asia/Tokyo").get(page).asString()).text()).contains("Asia/Tokyo");
        assertThat(Instant.parse(first)).isAfterOrEqualTo(inDays(3));
    }

    @Test
    void choosingBooksThroughTheNormalFlowAndTheRecruiterSeesTheCandidateActed() {
        String page = path(ask(asking("Bea Booker", person("bea"), inDays(3), inDays(4))));
        String chosen = offered(page).get(2);
        Response booked = post(page, page, Map.of("start", chosen));
        assertThat(booked.statusCode()).isEqualTo(303);
        String id = idOf(page);
        JsonPath settled = Interviews.settled(id);
        assertThat(settled.getString("status")).isEqualTo("SCHEDULED");
        assertThat(settled.getString("start")).isEqualTo(chosen);
        assertThat(settled.getString("interviewerEventId")).isNotNull();
        assertThat(settled.getString("candidateEventId")).isNotNull();
        List<Map<String, Object>> history = api().get("/api/interviews/" + id + "/history").jsonPath().getList("$");
        assertThat(history).filteredOn(l -> "CHOOSE".equals(l.get("step"))).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("actor", "candidate"));
        assertThat(Jsoup.parse(given().get(page).asString()).text()).contains("Booked");
        // Choosing again changes nothing.
        assertThat(post(page, page, Map.of("start", chosen)).statusCode()).isEqualTo(409);
    }

    @Test
    void aTimeTakenMeanwhileIsRefusedAndFreshTimesAreOffered() {
        String interviewer = person("gone");
        String page = path(ask(asking("Gil Gone", interviewer, inDays(3), inDays(4))));
        String chosen = offered(page).get(0);
        Sandbox.control().contentType(ContentType.JSON).body(Map.of("email", interviewer, "start", chosen,
                "end", Instant.parse(chosen).plus(1, ChronoUnit.HOURS).toString())).post("/sandbox/busy").then().statusCode(204);
        Response refused = post(page, page, Map.of("start", chosen));
        assertThat(refused.statusCode()).isEqualTo(409);
        Document html = Jsoup.parse(refused.asString());
        assertThat(html.select("[role=alert]").text()).contains("just taken");
        assertThat(html.select("input[name=start]").eachAttr("value")).isNotEmpty().doesNotContain(chosen);
        assertThat(Interviews.get(idOf(page)).getString("status")).isEqualTo("AWAITING_CANDIDATE");
    }

    @Test
    void twoCandidatesChoosingTheSameInterviewersLastTimeMakeOneBooking() throws Exception {
        String interviewer = person("last");
        String first = path(ask(asking("Lee Last", interviewer, inDays(3), inDays(4))));
        String second = path(ask(asking("Lee Last", interviewer, inDays(3), inDays(4))));
        String time = offered(first).get(0);
        assertThat(offered(second)).contains(time);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> choices = new ArrayList<>();
        for (String page : List.of(first, second)) {
            choices.add(() -> post(page, page, Map.of("start", time)).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : two.invokeAll(choices)) {
            statuses.add(answer.get());
        }
        two.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(303, 409);
        long booked = QuarkusTransaction.requiringNew().call(() -> Interview.count(
                "select count(distinct i) from Interview i join i.interviewers p where lower(p.email) = ?1 and i.start = ?2",
                interviewer, Instant.parse(time)));
        assertThat(booked).isEqualTo(1);
    }

    @Test
    void theCandidateMovesKeepingTheConferenceAtMostTwiceAndCancelsWithAReason() {
        String page = path(ask(asking("Moe Mover", person("moe"), inDays(3), inDays(6))));
        post(page, page, Map.of("start", offered(page).get(0))).then().statusCode(303);
        String id = idOf(page);
        String conference = Interviews.settled(id).getString("conference.conferenceId");
        for (int move = 1; move <= 2; move++) {
            List<String> times = offered(page);
            assertThat(times).as("move %d offers times", move).isNotEmpty();
            post(page, page + "/move", Map.of("start", times.get(times.size() - 1))).then().statusCode(303);
            JsonPath moved = Interviews.settled(id);
            assertThat(moved.getString("start")).isEqualTo(times.get(times.size() - 1));
            assertThat(moved.getString("conference.conferenceId")).isEqualTo(conference);
        }
        Document third = Jsoup.parse(given().get(page).asString());
        assertThat(third.text()).contains("the most allowed");
        assertThat(third.select("form[action$=/move]")).isEmpty();

        post(page, page + "/cancel", Map.of("reason", "I accepted another offer")).then().statusCode(303);
        JsonPath cancelled = Interviews.settled(id);
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        List<Map<String, Object>> history = api().get("/api/interviews/" + id + "/history").jsonPath().getList("$");
        assertThat(history).filteredOn(l -> "CANCEL".equals(l.get("step"))).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("actor", "candidate")
                        .containsEntry("detail", "Reason: I accepted another offer"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Interview.<Interview>findById(UUID.fromString(id)).cancelReason))
                .isEqualTo("I accepted another offer");
    }

    @Test
    void aMoveIsTakenOnlyToATimeTheLinkOffers() {
        String page = path(ask(asking("Otto Offered", person("otto"), inDays(3), inDays(6))));
        post(page, page, Map.of("start", offered(page).get(0))).then().statusCode(303);
        String id = idOf(page);
        String booked = Interviews.settled(id).getString("start");
        List<String> offers = offered(page);
        assertThat(offers).isNotEmpty().doesNotContain(booked);
        Instant twoHoursAhead = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
        Instant last = Instant.parse(offers.get(offers.size() - 1));
        // within the minimum notice; years ahead; past the 14 days a move reaches; off the quarter hour; out of range
        for (String start : List.of(twoHoursAhead.toString(), "2099-01-01T09:00:00Z", inDays(20).toString(),
                last.plus(7, ChronoUnit.MINUTES).toString(), "+292278994-08-17T07:12:55.807Z", "-1000000000-01-01T00:00:00Z")) {
            Response refused = post(page, page + "/move", Map.of("start", start));
            assertThat(refused.statusCode()).as("move to %s", start).isEqualTo(400);
            assertThat(Jsoup.parse(refused.asString()).text()).contains("Please choose one of the times below");
        }
        assertThat(Interviews.get(id).getString("start")).isEqualTo(booked);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Interview.<Interview>findById(UUID.fromString(id)).candidateMoves)).isZero();
        post(page, page + "/move", Map.of("start", last.toString())).then().statusCode(303);
        assertThat(Interviews.settled(id).getString("start")).isEqualTo(last.toString());
    }

    @Test
    void noMoveWithin24HoursOfTheStart() {
        Instant soon = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
        String page = path(ask(asking("Sue Soon", person("soon"), soon, soon.plus(2, ChronoUnit.HOURS))));
        post(page, page, Map.of("start", offered(page).get(0))).then().statusCode(303);
        Interviews.settled(idOf(page));
        assertThat(Jsoup.parse(given().get(page).asString()).text()).contains("within 24 hours");
        assertThat(post(page, page + "/move", Map.of("start", soon.plus(1, ChronoUnit.HOURS).toString())).statusCode()).isEqualTo(409);
    }

    @Test
    void aWrongOrExpiredLinkIsAFriendly404() {
        Response wrong = given().get("/schedule/" + "A".repeat(43));
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.asString()).contains("This link does not work");
        assertThat(given().get("/schedule/%00").statusCode()).isLessThan(500);

        String page = path(ask(asking("Eve Expired", person("eve"), inDays(3), inDays(4))));
        String id = idOf(page);
        QuarkusTransaction.requiringNew().run(() -> {
            Interview interview = Interview.findById(UUID.fromString(id));
            interview.chooseFrom = Instant.now().minus(2, ChronoUnit.DAYS);
            interview.chooseTo = Instant.now().minus(1, ChronoUnit.DAYS);
        });
        assertThat(given().get(page).statusCode()).isEqualTo(404);
        String live = path(ask(asking("Liv Live", person("liv"), inDays(3), inDays(4))));
        assertThat(post(live, "/schedule/" + "B".repeat(43), Map.of("start", inDays(3).toString())).statusCode()).isEqualTo(404);
    }

    @Test
    void oneAddressTryingLinksIsSlowedDown() {
        String address = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        // 60 a minute, refilled one a second: a slow machine may earn a few more while it asks, never many
        long began = System.nanoTime();
        int answered = 0;
        Response slowed = given().header("X-Forwarded-For", address).get("/schedule/" + "C".repeat(43));
        while (slowed.statusCode() == 404 && answered < 200) {
            answered++;
            slowed = given().header("X-Forwarded-For", address).get("/schedule/" + "C".repeat(43));
        }
        long seconds = java.time.Duration.ofNanos(System.nanoTime() - began).toSeconds();
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(answered).isBetween(60, 60 + (int) seconds + 1);
        assertThat(Long.parseLong(slowed.getHeader("Retry-After"))).isPositive();
        assertThat(given().header("X-Forwarded-For", address + "1").get("/schedule/" + "C".repeat(43)).statusCode()).isEqualTo(404);
    }

    private static String idOf(String page) {
        String token = page.substring(page.lastIndexOf('/') + 1);
        return QuarkusTransaction.requiringNew().call(() -> Interview.<Interview>find("schedulingToken", token).firstResult().id.toString());
    }
}
