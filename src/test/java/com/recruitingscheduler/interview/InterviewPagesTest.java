package com.recruitingscheduler.interview;

import com.recruitingscheduler.support.Csrf;
import com.recruitingscheduler.support.Interviews;
import com.recruitingscheduler.support.Sandbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The recruiter's pages: the form and its errors, the detail page with its join card, and the paginated list. */
@QuarkusTest
@TestSecurity(user = "recruiter@corp.example", roles = {"recruiter", "api"})
class InterviewPagesTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void theFormPromisesANewGoogleMeetAndOffersNoCopyOfAnotherEvent() {
        Document page = html(given().when().get("/interviews/new"), 200);
        assertThat(page.select("select#solutionType, input[name=copyFromEventId], input[name=conferenceMode]")).isEmpty();
        assertThat(page.select("fieldset").text()).contains("new Google Meet conference").contains("admits them");
        assertThat(page.select("label[for=candidateEmail]").text()).isEqualTo("E-mail");
        assertThat(page.select("input[name=interviewerName]")).hasSize(1);
    }

    @Test
    void aBadFormComesBackWithAMessageByEachFieldAndTheTypedValuesKept() {
        String candidate = "Kept Name " + UUID.randomUUID();
        Response response = Csrf.form()
                .formParam("title", "")
                .formParam("candidateName", candidate)
                .formParam("candidateEmail", "not-an-email")
                .formParam("candidateTimeZone", "Mars/Base")
                .formParam("interviewerName", "Ivan")
                .formParam("interviewerEmail", "ivan@")
                .formParam("date", "2020-01-01")
                .formParam("time", "10:00")
                .formParam("recruiterTimeZone", "Europe/Paris")
                .formParam("durationMinutes", "1000")
                .when().post("/interviews");
        Document page = html(response, 400);

        assertThat(page.select("input#candidateName").attr("value")).isEqualTo(candidate);
        assertThat(page.select("input#candidateEmail").attr("value")).isEqualTo("not-an-email");
        assertThat(page.select("input#interviewerEmail0").attr("value")).isEqualTo("ivan@");
        assertThat(page.select(".error-text").eachText()).contains(
                "Enter the role the candidate is interviewing for",
                "Enter an e-mail address such as name@example.com",
                "Enter a time zone such as Europe/Paris or America/New_York",
                "Choose a time in the future",
                "Enter 480 or less");
        // the summary above the form names each field, the interviewer by their seat, and links to it
        Element summary = page.selectFirst("#error-summary");
        assertThat(summary).isNotNull();
        assertThat(summary.attr("tabindex")).isEqualTo("-1");
        assertThat(summary.text()).contains("There are problems with 6 fields").contains("Nothing was scheduled yet.");
        assertThat(summary.select("a").eachText()).contains("Role: enter the role the candidate is interviewing for",
                "Candidate's e-mail: enter an e-mail address such as name@example.com",
                "Interviewer 1's e-mail: enter an e-mail address such as name@example.com",
                "Date and time: choose a time in the future");
        for (Element link : summary.select("a")) {
            Element field = page.getElementById(link.attr("href").substring(1));
            assertThat(field).as(link.text()).isNotNull();
            assertThat(field.attr("aria-invalid")).as(link.text()).isEqualTo("true");
            for (String described : field.attr("aria-describedby").split(" ")) {
                assertThat(page.getElementById(described)).as(link.text() + " describedby " + described).isNotNull();
            }
        }
        assertThat(page.getElementById("interviewerEmail0").attr("aria-describedby")).isEqualTo("interviewerEmail0-error");
        assertThat(page.getElementById("interviewerEmail0-error").text()).isEqualTo("Enter an e-mail address such as name@example.com");
        assertThat(page.getElementById("candidateName").hasAttr("aria-invalid")).as("a field without error").isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Interview.count("candidateName", candidate))).isZero();
    }

    @Test
    void aBusyPanelComesBackWithTheConflictsAndAScheduleAnywayBox() {
        String busy = "busy-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@corp.example";
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(6);
        Sandbox.control().contentType("application/json").body(Map.of("email", busy, "start", day + "T09:00:00Z",
                "end", day + "T12:00:00Z")).post("/sandbox/busy").then().statusCode(204);
        java.util.function.Supplier<io.restassured.specification.RequestSpecification> form = () -> Csrf.form()
                .formParam("title", "Platform Engineer").formParam("candidateName", "Con Flict")
                .formParam("candidateEmail", "con." + busy.substring(5, 13) + "@candidates.example")
                .formParam("candidateTimeZone", "UTC").formParam("interviewerName", "Busy Bee").formParam("interviewerEmail", busy)
                .formParam("date", day.toString()).formParam("time", "10:00").formParam("recruiterTimeZone", "UTC")
                .formParam("durationMinutes", "45").redirects().follow(false);
        Response refused = form.get().post("/interviews");
        assertThat(refused.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(refused.asString());
        assertThat(page.select("#conflicts li").text()).contains("Busy Bee").contains(busy).contains("busy");
        assertThat(page.select("#conflicts input[type=checkbox][name=allowConflicts]")).hasSize(1);
        assertThat(page.select("input#interviewerEmail0").attr("value")).isEqualTo(busy);
        form.get().formParam("allowConflicts", "true").post("/interviews").then().statusCode(303);
    }

    @Test
    void aGoodFormRedirectsToTheInterviewWhichShowsPendingThenTheJoinCard() {
        Sandbox.configure(Map.of("conferencePendingReads", 0, "conferencePendingDelayMillis", 4000, "conferenceSuccessAtOnceRate", 0,
                "conferenceNotes", "<b>Bold</b><script>alert(1)</script><a href=\"javascript:alert(2)\">bad</a><img src=x onerror=alert(3)>"));
        Instant start = Instant.now().plus(5, ChronoUnit.DAYS);
        String location = Csrf.form()
                .formParam("title", "Data Engineer")
                .formParam("candidateName", "Dana Candidate")
                .formParam("candidateEmail", "dana@candidates.example")
                .formParam("candidateTimeZone", "America/New_York")
                .formParam("interviewerName", "Ivy Panel").formParam("interviewerEmail", "ivy@corp.example")
                .formParam("interviewerName", "").formParam("interviewerEmail", "")
                .formParam("interviewerName", "Igor Panel").formParam("interviewerEmail", "igor@corp.example")
                .formParam("date", start.atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate().toString())
                .formParam("time", "14:30")
                .formParam("recruiterTimeZone", "Europe/Berlin")
                .formParam("durationMinutes", "60")
                .redirects().follow(false)
                .when().post("/interviews")
                .then().statusCode(303).extract().header("Location");
        String id = location.replaceAll(".*/interviews/([0-9a-f-]+).*", "$1");

        Document pending = html(given().when().get("/interviews/" + id), 200);
        assertThat(pending.select("meta[http-equiv=refresh]")).hasSize(1);
        assertThat(pending.select(".badge").text()).startsWith("Scheduling");
        assertThat(pending.text()).contains("Europe/Berlin").contains("America/New_York").contains("14:30");
        assertThat(pending.select(".card li")).hasSize(2);

        await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> Interviews.get(id).getString("status"), "SCHEDULED"::equals);
        Document scheduled = html(given().when().get("/interviews/" + id), 200);

        assertThat(scheduled.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(scheduled.select(".join-card h3").text()).isEqualTo("Join Google Meet");
        assertThat(scheduled.select(".join-card img").attr("src")).endsWith("/icons/meet.svg");
        assertThat(scheduled.select(".events a").eachAttr("href")).hasSize(2).allSatisfy(href -> assertThat(href).matches(".*/sandbox/events/[a-v0-9]{26}"));
        assertThat(scheduled.select(".join-video a").attr("href")).startsWith("https://meet.google.com/");
        assertThat(scheduled.select(".join-phone").text()).contains("PIN");
        assertThat(scheduled.select(".join-more a").text()).isEqualTo("More ways to join");
        assertThat(scheduled.select(".join-notes b").text()).isEqualTo("Bold");
        assertThat(scheduled.select(".join-notes script, .join-notes img")).isEmpty();
        assertThat(scheduled.select(".join-notes").html()).doesNotContain("javascript:").doesNotContain("alert(1)");
        assertThat(scheduled.text()).doesNotContainIgnoringCase("conference id");
        // copy buttons: the join link, and a summary for the candidate that names no interviewer
        String joinLink = scheduled.select(".join-video a").attr("href");
        assertThat(scheduled.select(".join-video button[data-copy-text]").attr("data-copy-text")).isEqualTo(joinLink);
        String summary = scheduled.select("textarea#candidate-summary").text();
        assertThat(summary).contains("Your interview for the").contains("(America/New_York), 60 minutes")
                .contains("Join the video call: " + joinLink).contains("Join by phone:").contains("PIN")
                .doesNotContain("Ivy").doesNotContain("Igor").doesNotContain("corp.example");
        assertThat(scheduled.select("button[data-copy=candidate-summary]")).hasSize(1);
        assertThat(scheduled.select("table.steps tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Create the interviewers' event").contains("waiting"))
                .anySatisfy(row -> assertThat(row).contains("Wait for Google to create the conference").contains("checks"))
                .anySatisfy(row -> assertThat(row).contains("Wait for Google to create the conference").contains("done"))
                .anySatisfy(row -> assertThat(row).contains("Create the candidate's event").contains("done"));
    }

    @Test
    void aFailedInterviewShowsItsReasonAndOffersRetry() {
        Sandbox.configure(Map.of("conferenceFailureRate", 1.0));
        String id = Interviews.schedule(Interviews.request());
        Interviews.settled(id);

        Document page = html(given().when().get("/interviews/" + id), 200);
        assertThat(page.select(".alert.error").text()).contains("could not create the Google Meet conference");
        assertThat(page.select("form[action$=/retry]")).hasSize(1);
    }

    @Test
    void cancellingFromThePageRedirectsAndShowsCancelled() {
        String id = Interviews.schedule(Interviews.request());
        Interviews.settled(id);
        Csrf.form().redirects().follow(false).when().post("/interviews/" + id + "/cancel")
                .then().statusCode(303);
        Interviews.settled(id);
        assertThat(html(given().when().get("/interviews/" + id), 200).select(".badge").text()).isEqualTo("Cancelled");
    }

    @Test
    void anUnknownInterviewIsA404Page() {
        assertThat(html(given().when().get("/interviews/" + UUID.randomUUID()), 404).select("h1").text())
                .isEqualTo("Interview not found");
    }

    @Test
    void theListIsPaginatedBy50WithAConstantNumberOfQueries() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 53; i++) {
                pastInterview(tag, i).persist();
            }
        });

        Document first = html(given().queryParam("when", "past").when().get("/interviews"), 200);
        String next = first.select(".pager a[rel=next]").attr("href");
        Document second = html(given().urlEncodingEnabled(false).when().get(next), 200);
        Document back = html(given().urlEncodingEnabled(false).when().get(second.select(".pager a[rel=prev]").attr("href")), 200);

        assertThat(first.select("table.interviews tbody tr:not(.day)")).hasSize(50);
        assertThat(first.select(".pager a[rel=prev]")).isEmpty();
        assertThat(second.select("table.interviews tbody tr:not(.day)")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rows(back)).isEqualTo(rows(first));
        assertThat(first.select("tbody tr:not(.day)").first().text()).contains("Panel A" + tag).contains("Panel B" + tag);
        assertThat(first.select(".pager").text()).contains("interviews");
        assertThat(statementsFor("/interviews?when=past")).isEqualTo(statementsFor(next));
    }

    private static List<String> rows(Document page) {
        return page.select("table.interviews tbody tr:not(.day)").eachText();
    }

    /** Fewest JDBC statements over three loads (the background worker's own queries land in the same counter). */
    private long statementsFor(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = statistics.getPrepareStatementCount();
            given().when().get(path).then().statusCode(200);
            fewest = Math.min(fewest, statistics.getPrepareStatementCount() - before);
        }
        return fewest;
    }

    private static Interview pastInterview(String tag, int i) {
        Interview interview = new Interview();
        interview.id = UUID.randomUUID();
        interview.title = "Past role " + i;
        interview.candidateName = "Past Candidate " + i;
        interview.candidateEmail = "past" + i + "@candidates.example";
        interview.candidateTimeZone = "UTC";
        interview.recruiterTimeZone = "UTC";
        interview.start = Instant.now().minus(i + 1, ChronoUnit.DAYS);
        interview.durationMinutes = 30;
        interview.schedule();
        interview.interviewersInvited(); // stored as scheduled, no step: these rows only feed the list
        interview.addInterviewer("Panel A" + tag, "a" + i + "@corp.example");
        interview.addInterviewer("Panel B" + tag, "b" + i + "@corp.example");
        return interview;
    }

    private static Document html(Response response, int status) {
        response.then().statusCode(status).contentType("text/html");
        return Jsoup.parse(response.asString());
    }
}
