package com.recruitingscheduler.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.sandbox.calendar.SandboxCalendar;
import com.recruitingscheduler.support.Csrf;
import com.recruitingscheduler.support.Interviews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * More than a thousand generated bad or malicious requests to the API and the form: none answers 5xx, each is a 400
 * naming what is wrong, and nothing from them reaches the database or the calendar. Hostile text that is valid
 * (a name with markup) is stored as typed and shown escaped.
 */
@QuarkusTest
@TestSecurity(user = "recruiter@corp.example", roles = {"recruiter", "api"})
@SuppressWarnings("unchecked")
class HostileInputTest {

    private static final String MEGABYTE = "x".repeat(1024 * 1024);
    /** Control characters: NUL, a bell, a line break, an escape sequence, a right-to-left override. */
    private static final List<Object> CONTROL = List.of("Bob\u0000", "ring\u0007", "two\nlines", "\u001b[31mred", "\u202Eevil");
    private static final List<Object> BAD_TEXT = concat(List.of("", "   ", "t".repeat(201), 5, true, List.of("a"), Map.of("a", 1), MEGABYTE),
            CONTROL);
    private static final List<Object> BAD_EMAIL = List.of("", "a", "a@", "@b.c", "a b@c.d", "'; DROP TABLE interview;--",
            "<script>alert(1)</script>", "x".repeat(250) + "@a.example", 12, "ivan@@corp.example", "ivan@localhost",
            "\"Ivan\" <ivan@corp.example>", "ivan@corp.example\nBcc: all@corp.example", "ivan\u0000@corp.example",
            "ivan@corp..example", ".ivan@corp.example", "ivan@-corp.example");
    private static final List<Object> BAD_ZONE = List.of("", "Mars/Olympus", "+02:00", "UTC+2", "Europe/Pariss", "../../etc/passwd", 3);
    private static final List<Object> BAD_START = List.of("", "tomorrow", 12345, "2026-13-45T99:99:99Z", "1999-01-01T10:00:00Z",
            Instant.now().minus(1, ChronoUnit.MINUTES).toString(), "'; SELECT pg_sleep(10);--");
    private static final List<Object> BAD_DURATION = List.of(0, 4, 481, -5, 1_000_000_000, "45", 45.5, true, "forty");
    private static final Map<String, List<Object>> BAD_VALUES = new LinkedHashMap<>();

    static {
        BAD_VALUES.put("title", BAD_TEXT);
        BAD_VALUES.put("candidate", List.of("someone", List.of(), 7));
        BAD_VALUES.put("candidate.name", BAD_TEXT);
        BAD_VALUES.put("candidate.email", BAD_EMAIL);
        BAD_VALUES.put("candidate.timeZone", BAD_ZONE);
        BAD_VALUES.put("interviewers", List.of(List.of(), "ivan", Map.of(), panel(500), List.of(Map.of()),
                List.of(Map.of("name", "", "email", ""))));
        BAD_VALUES.put("interviewers[0].email", BAD_EMAIL);
        BAD_VALUES.put("interviewers[0].name", BAD_TEXT);
        BAD_VALUES.put("start", BAD_START);
        BAD_VALUES.put("durationMinutes", BAD_DURATION);
        BAD_VALUES.put("interviewerNotes", List.of("n".repeat(5001), MEGABYTE, 7, List.of(), "nul\u0000", "bell\u0007"));
        BAD_VALUES.put("conference", List.of("meet", Map.of("solutionType", "zoom"), Map.of("solutionType", "eventHangout"),
                Map.of("copyFromEventId", "<script>"), Map.of("copyFromEventId", "x".repeat(1025)),
                Map.of("solutionType", "addOn"), Map.of("solutionType", "hangoutsMeet", "copyFromEventId", "abcdef")));
        BAD_VALUES.put("recruiterTimeZone", BAD_ZONE);
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    @Inject
    SandboxCalendar sandbox;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void overAThousandBadRequestsAreEach400AndLeaveNoTrace() throws Exception {
        awaitNoWorkUnderWay();
        long interviewsBefore = QuarkusTransaction.requiringNew().call(() -> Interview.count());
        int eventsBefore = sandbox.allEvents().size();
        Random random = new Random(4242);
        int sent = 0;

        // 1. Every bad value of every field, alone.
        for (var field : BAD_VALUES.entrySet()) {
            for (Object bad : field.getValue()) {
                expect400(api(with(field.getKey(), bad)), field.getKey() + "=" + describe(bad));
                sent++;
            }
        }
        // 2. Random combinations of two or three bad fields.
        List<String> fields = new ArrayList<>(BAD_VALUES.keySet());
        while (sent < 700) {
            Map<String, Object> request = Interviews.request();
            int count = 2 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                String field = fields.get(random.nextInt(fields.size()));
                List<Object> values = BAD_VALUES.get(field);
                request = withOn(request, field, values.get(random.nextInt(values.size())));
            }
            expect400(api(json.writeValueAsBytes(request)), "combination " + sent);
            sent++;
        }
        // 3. Bodies that are not JSON objects at all.
        List<byte[]> garbage = List.of(new byte[0], "null".getBytes(), "[]".getBytes(), "\"text\"".getBytes(), "{".getBytes(),
                "{\"title\":}".getBytes(), "[".repeat(5000).getBytes(), new byte[]{'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                "{\"title\":\"x\"}{\"title\":\"y\"}".getBytes(), "<xml/>".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; sent < 800; i++) {
            expect400(api(garbage.get(i % garbage.size())), "garbage " + i % garbage.size());
            sent++;
        }
        // 4. The page's form, with its CSRF token.
        List<String[]> formFields = List.of(
                new String[]{"title", ""}, new String[]{"title", "t".repeat(201)}, new String[]{"candidateName", ""},
                new String[]{"candidateEmail", "not-an-email"}, new String[]{"candidateEmail", "'; DROP TABLE interview;--"},
                new String[]{"candidateTimeZone", "Mars/Olympus"}, new String[]{"recruiterTimeZone", "Nowhere/City"},
                new String[]{"date", "2020-01-01"}, new String[]{"date", "31/12/2026"}, new String[]{"time", "25:99"},
                new String[]{"durationMinutes", "abc"}, new String[]{"durationMinutes", "100000"},
                new String[]{"interviewerEmail", "<script>alert(1)</script>"}, new String[]{"interviewerName", ""},
                new String[]{"interviewerNotes", MEGABYTE.substring(0, 6000)}, new String[]{"title", "Engineer\u0000"},
                new String[]{"candidateName", "Cora\u202E"}, new String[]{"interviewerName", "Ivan\u0007"},
                new String[]{"candidateEmail", "cora@localhost"}, new String[]{"interviewerNotes", "nul\u0000"});
        for (int i = 0; sent < 1050; i++) {
            String[] bad = formFields.get(i % formFields.size());
            Response response = form(bad[0], bad[1]);
            assertThat(response.statusCode()).as("form %s=%s", bad[0], bad[1].length() > 40 ? "…" : bad[1]).isEqualTo(400);
            assertThat(Jsoup.parse(response.asString()).select(".error-text, .alert.error")).isNotEmpty();
            sent++;
        }

        assertThat(sent).isGreaterThanOrEqualTo(1000);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Interview.count())).isEqualTo(interviewsBefore);
        assertThat(sandbox.allEvents()).hasSize(eventsBefore);
    }

    @Test
    void markupInValidFieldsIsStoredAsTypedAndShownEscaped() {
        Map<String, Object> request = Interviews.request();
        request.put("title", "<script>alert('title')</script>");
        ((Map<String, Object>) request.get("candidate")).put("name", "<img src=x onerror=alert(1)> Eve");
        String id = Interviews.schedule(request);
        Interviews.settled(id);

        String page = given().get("/interviews/" + id).asString();
        assertThat(page).doesNotContain("<script>alert('title')</script>").doesNotContain("<img src=x onerror")
                .contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(1)&gt; Eve");
        String email = (String) ((Map<String, Object>) request.get("candidate")).get("email");
        String inbox = com.recruitingscheduler.support.Sandbox.control().queryParam("email", email).get("/sandbox/inbox").asString();
        assertThat(inbox).doesNotContain("<script>alert('title')</script>").contains("&lt;script&gt;");
    }

    @Test
    void noParameterPathOrHeaderValueAnswers5xx() {
        String id = Interviews.schedule(Interviews.request());
        List<String> pages = List.of("/interviews?page=2147483647", "/interviews?page=-2147483648", "/interviews?page=abc",
                "/interviews?when=%00", "/interviews?page=99999999999999999999", "/interviews/%00", "/interviews/not-a-uuid",
                "/interviews/" + id + "%00", "/interviews/" + id + "?notice=%00%0A", "/login?signedOut=%00",
                "/interviews/%2e%2e/%2e%2e/etc/passwd", "/admin/recruiters/%00/disable");
        for (String path : pages) {
            int status = given().redirects().follow(false).urlEncodingEnabled(false).get(path).statusCode();
            assertThat(status).as(path).isLessThan(500);
        }
        for (String path : List.of("/api/interviews?page=2147483647", "/api/interviews?page=-1")) {
            given().urlEncodingEnabled(false).get(path).then().statusCode(400).contentType("application/problem+json");
        }
        for (String path : List.of("/api/interviews?page=abc", "/api/interviews/%00", "/api/interviews/not-a-uuid/history",
                "/api/interviews/" + id + "%00")) {
            assertThat(given().urlEncodingEnabled(false).get(path).statusCode()).as(path).isBetween(400, 499);
        }
        for (Object start : List.of("\u0000", "\u0000\u0000", "2031-01-01T10:00:00\u0000Z", "2031-01-01T10:00:00Z\u202E")) {
            assertThat(given().contentType("application/json").body(Map.of("start", start)).patch("/api/interviews/" + id)
                    .statusCode()).as("PATCH start=%s", start).isEqualTo(400);
        }
        for (String email : List.of("a\u0000@corp.example", "x".repeat(5000), "' or 1=1 --", "\u202E@corp.example")) {
            assertThat(com.recruitingscheduler.support.Accounts.signIn(given(), email, "x\u0000y").statusCode())
                    .as("sign-in as %s", describe(email)).isEqualTo(401);
        }
        assertThat(given().contentType("application/json").header("Idempotency-Key", "k\u00e9y").body(Interviews.request())
                .post("/api/interviews").statusCode()).isLessThan(500);
    }

    @Test
    void theCandidatesLinkRefusesEveryOddValueWithoutA5xxAndBooksNothing() {
        Map<String, Object> asking = Interviews.request();
        asking.remove("start");
        asking.remove("allowConflicts");
        Instant from = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        asking.put("candidateChooses", Map.of("from", from.toString(), "to", from.plus(1, ChronoUnit.DAYS).toString(), "options", 6));
        var created = given().contentType("application/json").body(asking).post("/api/interviews").then().statusCode(202).extract();
        String id = created.path("id");
        String page = java.net.URI.create(created.<String>path("schedulingLink")).getPath();
        String offered = Jsoup.parse(candidate().get(page).asString()).select("input[type=radio][name=start]").first().attr("value");

        List<Object> starts = new ArrayList<>(BAD_START);
        starts.addAll(CONTROL);
        starts.addAll(List.of("+292278994-08-17T07:12:55.807Z", "-999999999-01-01T00:00:00Z", "+1000000000-12-31T23:59:59Z",
                "9999999999-01-01T00:00:00Z", "2099-01-01T09:00:00Z", String.valueOf(Long.MAX_VALUE), "x".repeat(60_000),
                Instant.parse(offered).plus(7, ChronoUnit.MINUTES).toString(), Instant.parse(offered).plusNanos(1).toString(),
                Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS).toString(), offered + "\u0000"));
        for (Object start : starts) {
            Response chosen = candidateForm(page, page, Map.of("start", String.valueOf(start)));
            assertThat(chosen.statusCode()).as("choose start=%s", describe(start)).isEqualTo(400);
            Response moved = candidateForm(page, page + "/move", Map.of("start", String.valueOf(start)));
            assertThat(moved.statusCode()).as("move start=%s", describe(start)).isBetween(400, 499);
        }
        for (Object zone : concat(BAD_ZONE, CONTROL)) {
            assertThat(candidate().queryParam("zone", String.valueOf(zone)).get(page).statusCode()).as("zone=%s", describe(zone)).isEqualTo(200);
            assertThat(candidateForm(page, page, Map.of("start", "tomorrow", "zone", String.valueOf(zone))).statusCode())
                    .as("choose zone=%s", describe(zone)).isEqualTo(400);
        }
        for (Object reason : List.of(MEGABYTE.substring(0, 60_000), "r".repeat(501), "two\u0000", "\u202Eevil", "\u2028forged line")) {
            assertThat(candidateForm(page, page + "/cancel", Map.of("reason", String.valueOf(reason))).statusCode())
                    .as("cancel reason=%s", describe(reason)).isBetween(400, 499);
        }
        assertThat(candidateForm(page, page, Map.of()).statusCode()).as("no start at all").isEqualTo(400);

        var after = given().get("/api/interviews/" + id).then().statusCode(200).extract();
        assertThat(after.<String>path("status")).isEqualTo("AWAITING_CANDIDATE");
        assertThat(after.<String>path("start")).isNull();
    }

    @Test
    void findATimeOnTheFormTakesAtMostTwentyPanelRowsAsTheApiDoes() {
        List<String> names = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            names.add("Panel Person " + i);
            emails.add("panel" + i + "-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "@corp.example");
        }
        Response found = Csrf.form().formParam("interviewerName", names).formParam("interviewerEmail", emails)
                .formParam("durationMinutes", "45").formParam("candidateTimeZone", "Europe/Paris")
                .post("/interviews/new/find");
        assertThat(found.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(found.asString()).text()).contains("at most 20 interviewers");
    }

    private static final java.util.concurrent.atomic.AtomicInteger CANDIDATE_ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

    /** A candidate's request, each from an address of its own (the link allows 60 a minute from one). */
    private static io.restassured.specification.RequestSpecification candidate() {
        int n = CANDIDATE_ADDRESSES.incrementAndGet();
        return given().redirects().follow(false).header("X-Forwarded-For", "198.18." + (n / 250) + "." + (n % 250 + 1));
    }

    /** Posts a form of the candidate's page as a browser does: with the page's CSRF cookie and token. */
    private static Response candidateForm(String page, String action, Map<String, String> fields) {
        Response shown = candidate().get(page);
        String token = Jsoup.parse(shown.asString()).select("input[name=csrf-token]").first().attr("value");
        return candidate().cookie("csrf-token", shown.getCookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", token)
                .formParams(fields).post(action);
    }

    @Test
    void notesKeepTheirLineBreaksAndTabs() {
        Map<String, Object> request = Interviews.request();
        request.put("interviewerNotes", "First: design.\n\tThen: coding.");
        String id = Interviews.schedule(request);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Interview.<Interview>findById(java.util.UUID.fromString(id))
                .interviewerNotes)).isEqualTo("First: design.\n\tThen: coding.");
    }

    private Response api(Object body) throws Exception {
        byte[] bytes = body instanceof byte[] b ? b : json.writeValueAsBytes(body);
        return given().contentType("application/json").body(bytes).post("/api/interviews");
    }

    private static void expect400(Response response, String what) {
        assertThat(response.statusCode()).as(what).isEqualTo(400);
        assertThat(response.contentType()).as(what).startsWith("application/problem+json");
        assertThat(response.jsonPath().getList("errors")).as(what).isNotEmpty();
    }

    private static Response form(String field, String value) {
        Map<String, String> params = new HashMap<>(Map.of("title", "Engineer", "candidateName", "Carl Candidate",
                "candidateEmail", "carl@candidates.example", "candidateTimeZone", "Europe/Paris",
                "interviewerName", "Ida Panel", "interviewerEmail", "ida@corp.example",
                "date", Instant.now().plus(3, ChronoUnit.DAYS).toString().substring(0, 10), "time", "10:00",
                "durationMinutes", "45"));
        params.put(field, value);
        return Csrf.form().formParams(params).post("/interviews");
    }

    private static Map<String, Object> with(String path, Object bad) {
        return withOn(Interviews.request(), path, bad);
    }

    /** The request with one field (a path such as candidate.email or interviewers[0].name) replaced. */
    private static Map<String, Object> withOn(Map<String, Object> request, String path, Object bad) {
        Map<String, Object> copy = new LinkedHashMap<>(request);
        if (path.startsWith("candidate.") && copy.get("candidate") instanceof Map<?, ?> candidate) {
            Map<String, Object> changed = new LinkedHashMap<>((Map<String, Object>) candidate);
            changed.put(path.substring("candidate.".length()), bad);
            copy.put("candidate", changed);
        } else if (path.startsWith("interviewers[0].") && copy.get("interviewers") instanceof List<?> panel
                && !panel.isEmpty() && panel.get(0) instanceof Map<?, ?> first) {
            Map<String, Object> changed = new LinkedHashMap<>((Map<String, Object>) first);
            changed.put(path.substring("interviewers[0].".length()), bad);
            List<Object> newPanel = new ArrayList<>(panel);
            newPanel.set(0, changed);
            copy.put("interviewers", newPanel);
        } else if (!path.contains(".") && !path.contains("[")) {
            copy.put(path, bad);
        } else {
            copy.put("durationMinutes", 0); // the field to change is gone already: still make the request bad
        }
        return copy;
    }

    private static List<Map<String, String>> panel(int size) {
        List<Map<String, String>> panel = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            panel.add(Map.of("name", "Person " + i, "email", "p" + i + "@corp.example"));
        }
        return panel;
    }

    private static String describe(Object bad) {
        String text = String.valueOf(bad);
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }

    private static void awaitNoWorkUnderWay() {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Interview.count("nextStep is not null")) == 0);
    }
}
