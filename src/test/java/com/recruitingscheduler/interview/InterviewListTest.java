package com.recruitingscheduler.interview;

import com.recruitingscheduler.support.Accounts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The lists (issue 12): search, filters, cancelled hidden, the viewer's zone, the attention section, cursor paging
 * under inserts, and incremental sync. Rows are stored straight into the database under a tag word only they carry,
 * and removed afterwards, so other tests' interviews never enter a list here.
 */
@QuarkusTest
class InterviewListTest {

    /** A day far from now, at midnight UTC: March, before Europe's and America's clocks change. */
    private static final Instant BASE = Instant.parse("2031-03-04T00:00:00Z");

    private String tag;

    @BeforeEach
    void newTag() {
        StringBuilder word = new StringBuilder("tg");
        Random random = new Random();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        tag = word.toString();
    }

    @AfterEach
    void removeRows() {
        QuarkusTransaction.requiringNew().run(() -> Interview.delete("searchText like ?1", "%" + tag + "%"));
    }

    @Test
    void searchFindsCandidatesInterviewersAndRolesWithEveryWordRequired() {
        UUID nora = store("Platform Engineer", "Nora " + tag, BASE.plusSeconds(3600), InterviewStatus.SCHEDULED,
                "Omar Okafor");
        UUID liam = store("Data Analyst", "Liam " + tag, BASE.plusSeconds(7200), InterviewStatus.SCHEDULED, "Pia Park");
        QuarkusTransaction.requiringNew().run(() -> Interview.<Interview>findById(nora)
                .addInterviewer("Tom Trainee", "tom.trainee@corp.example", true)); // seated later: the list follows

        assertThat(ids(api("q", tag))).containsExactly(nora, liam);
        assertThat(ids(api("q", "NORA " + tag))).containsExactly(nora);
        assertThat(ids(api("q", "pia.park." + tag.toUpperCase(Locale.ROOT) + "@"))).as("an interviewer's e-mail").containsExactly(liam);
        assertThat(ids(api("q", "okafor " + tag))).as("an interviewer's name").containsExactly(nora);
        assertThat(ids(api("q", "analyst " + tag))).as("the role").containsExactly(liam);
        assertThat(ids(api("q", "nora liam " + tag))).as("every word must match").isEmpty();
        assertThat(ids(api("q", "% " + tag))).as("wildcards are plain characters").isEmpty();

        Document page = page(Accounts.signInFrom("UTC", Accounts.create(false)), "/interviews?when=all&q=okafor+" + tag);
        assertThat(page.select("table.interviews td[data-label=Candidate]").eachText()).singleElement()
                .asString().contains("Nora " + tag);
        assertThat(page.select("input#q").attr("value")).isEqualTo("okafor " + tag);
        assertThat(page.select("table.interviews td[data-label=Interviewers]").eachText()).as("the panel, a shadow marked")
                .containsExactly("Omar Okafor, Tom Trainee (shadow)");
    }

    @Test
    void cancelledInterviewsAreHiddenUnlessAskedForAndStatusesAndDatesFilter() {
        UUID scheduled = store("Role", "Sam " + tag, BASE.plus(1, ChronoUnit.DAYS), InterviewStatus.SCHEDULED, "Ann Lee");
        UUID cancelled = store("Role", "Cal " + tag, BASE.plus(2, ChronoUnit.DAYS), InterviewStatus.CANCELLED, "Ann Lee");
        UUID awaiting = store("Role", "Ada " + tag, BASE.plus(3, ChronoUnit.DAYS), InterviewStatus.AWAITING_CANDIDATE, "Ann Lee");
        UUID failed = store("Role", "Fay " + tag, BASE.plus(4, ChronoUnit.DAYS), InterviewStatus.FAILED, "Ann Lee");

        assertThat(ids(api("q", tag))).containsExactly(scheduled, awaiting, failed);
        assertThat(ids(api("q", tag, "status", "CANCELLED"))).containsExactly(cancelled);
        assertThat(ids(api("q", tag, "status", "scheduled,failed"))).containsExactly(scheduled, failed);
        assertThat(ids(given().queryParam("q", tag).queryParam("status", "SCHEDULED", "CANCELLED").get("/api/interviews")
                .then().statusCode(200).extract().jsonPath())).containsExactly(scheduled, cancelled);
        // a candidate still choosing sits at the end of their window (BASE + 3 days)
        assertThat(ids(api("q", tag, "from", "2031-03-06", "to", "2031-03-07"))).containsExactly(awaiting);
        assertThat(ids(api("q", tag, "from", "2031-03-05T00:00:00Z", "to", "2031-03-07T12:00:00+01:00"))).containsExactly(scheduled, awaiting);
        assertThat(ids(api("q", tag, "when", "past"))).isEmpty();

        given().queryParam("status", "POSTPONED").queryParam("from", "yesterday").get("/api/interviews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("status", "from"));
        given().queryParam("from", "2031-03-07").queryParam("to", "2031-03-06").get("/api/interviews")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));

        String session = Accounts.signInFrom("UTC", Accounts.create(false));
        Document page = page(session, "/interviews?when=all&q=" + tag);
        assertThat(page.select("table.interviews td[data-label=Candidate]").eachText())
                .hasSize(3).noneMatch(text -> text.contains("Cal " + tag));
        assertThat(page(session, "/interviews?when=all&status=CANCELLED&q=" + tag).select("td[data-label=Status]").eachText())
                .containsExactly("Cancelled");
        Response bad = given().cookie("rs-session", session).get("/interviews?status=POSTPONED");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.asString()).select("#list-problems").text()).contains("'POSTPONED' is not a status");
    }

    @Test
    void timesAreInTheViewersZoneWithTheCandidatesBesideThemGroupedByDay() {
        store("Role", "Tia " + tag, Instant.parse("2031-03-04T17:00:00Z"), InterviewStatus.SCHEDULED, "Ann Lee",
                "Asia/Tokyo");
        store("Role", "Uma " + tag, Instant.parse("2031-03-06T09:30:00Z"), InterviewStatus.SCHEDULED, "Ann Lee",
                "America/Los_Angeles");
        String email = Accounts.create(false);
        String session = Accounts.signInFrom("America/Los_Angeles", email); // the browser's zone at sign-in

        Document page = page(session, "/interviews?when=all&q=" + tag);
        assertThat(page.select(".zone-note").text()).contains("America/Los_Angeles");
        assertThat(page.select("tr.day th").eachText()).containsExactly("Tuesday 4 March 2031", "Thursday 6 March 2031");
        List<String> when = page.select("td[data-label=When]").eachText();
        assertThat(when.get(0)).startsWith("09:00–09:45").contains("Wed 5 Mar, 02:00 for the candidate (Asia/Tokyo)");
        assertThat(when.get(1)).startsWith("01:30–02:15").doesNotContain("for the candidate"); // same clock as the viewer

        Accounts.formFrom(session, "/account").formParam("timeZone", "Mars/Olympus").post("/account/time-zone")
                .then().statusCode(400);
        assertThat(page(session, "/interviews?when=all&q=" + tag).select(".zone-note").text()).contains("America/Los_Angeles");

        Accounts.formFrom(session, "/account").formParam("timeZone", "Europe/Paris").post("/account/time-zone")
                .then().statusCode(303);
        Document saved = page(session, "/interviews?when=all&q=" + tag);
        assertThat(saved.select(".zone-note").text()).contains("Europe/Paris");
        assertThat(saved.select("td[data-label=When]").first().text()).startsWith("18:00–18:45")
                .contains("Wed 5 Mar, 02:00 for the candidate (Asia/Tokyo)");
        // the saved zone holds in the next session too, whatever the browser says
        assertThat(page(Accounts.signInFrom("Asia/Tokyo", email), "/interviews?when=all&q=" + tag).select(".zone-note").text())
                .contains("Europe/Paris");
    }

    @Test
    void interviewsThatNeedAttentionHaveTheirOwnSectionAboveTheList() {
        Instant soon = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        store("Role", "Ned " + tag, soon, InterviewStatus.NEEDS_ATTENTION, "Ann Lee");
        store("Role", "Fio " + tag, soon.plus(1, ChronoUnit.HOURS), InterviewStatus.FAILED, "Ann Lee");
        store("Role", "Sol " + tag, soon.plus(2, ChronoUnit.HOURS), InterviewStatus.SCHEDULED, "Ann Lee");
        store("Role", "Old " + tag, Instant.now().minus(2, ChronoUnit.DAYS), InterviewStatus.FAILED, "Ann Lee");
        String session = Accounts.signInFrom("UTC", Accounts.create(false));

        Document page = page(session, "/interviews?q=" + tag);
        assertThat(page.select("section.attention li").eachText()).hasSize(2)
                .anySatisfy(text -> assertThat(text).contains("Ned " + tag).contains("Needs attention"))
                .anySatisfy(text -> assertThat(text).contains("Fio " + tag).contains("Failed"));
        assertThat(page.select("section.attention ~ table.interviews")).as("the section comes first").hasSize(1);
        assertThat(page.select("table.interviews td[data-label=Candidate]").eachText()).hasSize(3);
        assertThat(page(session, "/interviews?status=SCHEDULED&q=" + tag).select("section.attention")).isEmpty();
        assertThat(page(session, "/interviews?when=past&q=" + tag).select("section.attention")).isEmpty();
    }

    @Test
    void cursorPagesNeitherSkipNorRepeatARowWhileRowsAreInserted() {
        List<UUID> stored = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            stored.add(store("Role", "Pat" + i + " " + tag, BASE.plus(i, ChronoUnit.HOURS), InterviewStatus.SCHEDULED, "Ann Lee"));
        }
        JsonPath first = api("q", tag, "limit", "3");
        assertThat(ids(first)).containsExactlyElementsOf(stored.subList(0, 3));
        assertThat(first.getLong("total")).isEqualTo(7);
        assertThat(first.getBoolean("totalIsExact")).isTrue();

        // while the client reads: one row lands before its place, one at the very place of the last row seen, one later
        UUID tie = store("Role", "Tie " + tag, BASE.plus(2, ChronoUnit.HOURS), InterviewStatus.SCHEDULED, "Ann Lee");
        UUID early = store("Role", "Early " + tag, BASE.minus(1, ChronoUnit.HOURS), InterviewStatus.SCHEDULED, "Ann Lee");
        UUID late = store("Role", "Late " + tag, BASE.plus(100, ChronoUnit.HOURS), InterviewStatus.SCHEDULED, "Ann Lee");

        List<UUID> seen = new ArrayList<>(ids(first));
        String next = first.getString("next");
        while (next != null) {
            Response response = given().urlEncodingEnabled(false).get(next);
            response.then().statusCode(200);
            String following = response.jsonPath().getString("next");
            assertThat(response.header("Link")).isEqualTo(following == null ? null : "<" + following + ">; rel=\"next\"");
            seen.addAll(ids(response.jsonPath()));
            next = response.jsonPath().getString("next");
        }
        assertThat(new HashSet<>(seen)).as("no row twice").hasSameSizeAs(seen);
        assertThat(seen).containsAll(stored).contains(late).doesNotContain(early);
        assertThat(seen.indexOf(late)).isEqualTo(seen.size() - 1);
        // the tie shares its start with the last row seen and sorts beside it by id (PostgreSQL compares the bytes,
        // as the canonical text does): listed once when after it, not at all when before it
        boolean tieAfter = tie.toString().compareTo(stored.get(2).toString()) > 0;
        assertThat(seen.contains(tie)).isEqualTo(tieAfter);

        given().queryParam("cursor", "not-a-cursor").get("/api/interviews").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("page", 2).get("/api/interviews").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void updatedSinceListsWhatChangedInTheOrderOfChangeCancellationsIncluded() {
        UUID untouched = store("Role", "Una " + tag, BASE, InterviewStatus.SCHEDULED, "Ann Lee");
        UUID changed = store("Role", "Cho " + tag, BASE.plus(1, ChronoUnit.HOURS), InterviewStatus.AWAITING_CANDIDATE, "Ann Lee");
        Instant mark = Instant.now();
        given().delete("/api/interviews/" + changed).then().statusCode(202);

        JsonPath since = api("q", tag, "updatedSince", mark.toString());
        assertThat(ids(since)).containsExactly(changed);
        assertThat(since.getString("items[0].status")).isEqualTo("CANCELLED");
        assertThat(Instant.parse(since.getString("items[0].updatedAt"))).isAfterOrEqualTo(mark);
        assertThat(ids(api("q", tag, "updatedSince", mark.minusSeconds(3600).toString()))).containsExactly(untouched, changed);
        given().queryParam("updatedSince", "last tuesday").get("/api/interviews").then().statusCode(400)
                .body("errors[0].field", equalTo("updatedSince"));

        // a cursor of the change order is refused in the start order: it is no place in that list
        String cursor = api("q", tag, "updatedSince", mark.minusSeconds(3600).toString(), "limit", "1").getString("next")
                .replaceAll(".*cursor=([^&]+).*", "$1");
        given().urlEncodingEnabled(false).get("/api/interviews?cursor=" + cursor).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    private UUID store(String title, String candidate, Instant start, InterviewStatus status, String interviewer) {
        return store(title, candidate, start, status, interviewer, "UTC");
    }

    /** An interview as the app would hold it in that status; the panel member's e-mail carries the tag too. */
    private UUID store(String title, String candidate, Instant start, InterviewStatus status, String interviewer,
                       String candidateZone) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Interview interview = new Interview();
            interview.title = title;
            interview.candidateName = candidate;
            interview.candidateEmail = candidate.toLowerCase(Locale.ROOT).replace(' ', '.') + "@candidates.example";
            interview.candidateTimeZone = candidateZone;
            interview.recruiterTimeZone = "UTC";
            interview.durationMinutes = 45;
            interview.addInterviewer(interviewer, interviewer.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + tag + "@corp.example");
            if (status == InterviewStatus.AWAITING_CANDIDATE) {
                interview.awaitCandidate(start.minus(5, ChronoUnit.DAYS), start, 3, UUID.randomUUID().toString());
            } else {
                interview.start = start;
                interview.schedule();
                interview.interviewersInvited(); // scheduled, no step left: these rows only feed the lists
                switch (status) {
                    case NEEDS_ATTENTION -> interview.needsAttention("The candidate's event was moved in Google Calendar.");
                    case FAILED -> {
                        interview.status = InterviewStatus.FAILED;
                        interview.failureReason = "Google could not create the conference.";
                    }
                    case CANCELLED -> interview.status = InterviewStatus.CANCELLED;
                    default -> {
                    }
                }
            }
            interview.persist();
            return interview.id;
        });
    }

    private static JsonPath api(String... params) {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/api/interviews").then().statusCode(200).extract().jsonPath();
    }

    private static List<UUID> ids(JsonPath page) {
        return page.getList("items.id", String.class).stream().map(UUID::fromString).toList();
    }

    private static Document page(String session, String path) {
        Response response = given().cookie("rs-session", session).urlEncodingEnabled(false).get(path);
        response.then().statusCode(200).contentType("text/html");
        return Jsoup.parse(response.asString());
    }
}
