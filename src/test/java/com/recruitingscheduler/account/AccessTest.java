package com.recruitingscheduler.account;

import com.recruitingscheduler.support.Accounts;
import com.recruitingscheduler.support.Anonymous;
import com.recruitingscheduler.support.ApiKeyForEveryRequest;
import com.recruitingscheduler.support.Interviews;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route as an anonymous visitor, a recruiter, an admin and an API key. Pages redirect strangers to sign in;
 * the API answers 401 in JSON and never redirects.
 */
@QuarkusTest
@Anonymous
class AccessTest {

    private String interviewId;
    private String recruiterSession;
    private String adminSession;

    @BeforeEach
    void setUp() {
        interviewId = given().header("Authorization", "Bearer " + ApiKeyForEveryRequest.KEY).contentType("application/json")
                .body(Interviews.request()).post("/api/interviews").then().statusCode(202).extract().path("id");
        recruiterSession = Accounts.signIn(Accounts.create(false), Accounts.PASSWORD);
        adminSession = Accounts.signIn(Accounts.create(true), Accounts.PASSWORD);
        assertThat(recruiterSession).isNotNull();
        assertThat(adminSession).isNotNull();
    }

    private Map<String, Supplier<RequestSpecification>> callers() {
        Map<String, Supplier<RequestSpecification>> callers = new LinkedHashMap<>();
        callers.put("anonymous", () -> given());
        callers.put("recruiter", () -> given().cookie("rs-session", recruiterSession));
        callers.put("admin", () -> given().cookie("rs-session", adminSession));
        callers.put("api key", () -> given().header("Authorization", "Bearer " + ApiKeyForEveryRequest.KEY));
        return callers;
    }

    private record Route(String method, String path, Map<String, Integer> expected) {
    }

    private static final int LOGIN = 302;

    @Test
    void everyRouteAnswersEachKindOfCallerAsIntended() {
        var routes = new java.util.ArrayList<Route>();
        for (String page : new String[]{"/interviews", "/interviews/new", "/interviews/" + "%s", "/interviews/%s/reschedule"}) {
            routes.add(new Route("GET", page, Map.of("anonymous", LOGIN, "recruiter", 200, "admin", 200, "api key", LOGIN)));
        }
        for (String sandboxControl : new String[]{"/sandbox/inbox", "/sandbox/settings", "/sandbox/stats"}) {
            routes.add(new Route("GET", sandboxControl, Map.of("anonymous", LOGIN, "recruiter", 200, "admin", 200, "api key", LOGIN)));
        }
        // the sandbox's event links show names, e-mails and join links; its service-account keys act as the organizer
        routes.add(new Route("GET", "/sandbox/events/" + "a".repeat(26), Map.of("anonymous", LOGIN, "recruiter", 404, "admin", 404, "api key", LOGIN)));
        routes.add(new Route("POST", "/sandbox/service-accounts", Map.of("anonymous", LOGIN, "recruiter", 200, "admin", 200, "api key", LOGIN)));
        for (String admin : new String[]{"/admin/recruiters", "/admin/api-keys"}) {
            routes.add(new Route("GET", admin, Map.of("anonymous", LOGIN, "recruiter", 403, "admin", 200, "api key", LOGIN)));
        }
        for (String api : new String[]{"/api/interviews", "/api/interviews/%s", "/api/interviews/%s/history"}) {
            // the API takes keys only: a page session is no credential there
            routes.add(new Route("GET", api, Map.of("anonymous", 401, "recruiter", 401, "admin", 401, "api key", 200)));
        }
        for (String open : new String[]{"/login", "/app.css", "/icons/meet.svg"}) {
            routes.add(new Route("GET", open, Map.of("anonymous", 200, "recruiter", 200, "admin", 200, "api key", 200)));
        }
        routes.add(new Route("POST", "/api/interviews/%s/retry", Map.of("anonymous", 401, "recruiter", 401, "admin", 401, "api key", 409)));

        for (Route route : routes) {
            String path = route.path().contains("%s") ? String.format(route.path(), interviewId) : route.path();
            for (var caller : callers().entrySet()) {
                Response response = caller.getValue().get().redirects().follow(false).request(route.method(), path);
                int expected = route.expected().get(caller.getKey());
                assertThat(response.statusCode()).as("%s %s as %s", route.method(), path, caller.getKey()).isEqualTo(expected);
                if (expected == LOGIN) {
                    assertThat(response.getHeader("Location")).as("%s as %s", path, caller.getKey()).endsWith("/login");
                }
                if (path.startsWith("/api") && expected >= 400 && expected != 409) {
                    assertThat(response.contentType()).as("%s as %s", path, caller.getKey()).startsWith("application/problem+json");
                }
            }
        }
    }

    @Test
    void aWrongOrRevokedKeyIsA401ProblemNeverARedirect() {
        Response wrong = given().redirects().follow(false).header("Authorization", "Bearer not-a-key").get("/api/interviews");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.getHeader("WWW-Authenticate")).startsWith("Bearer");

        String secret = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ApiKey.create("short-lived", "test").secret());
        given().header("Authorization", "Bearer " + secret).get("/api/interviews").then().statusCode(200);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                ApiKey.<ApiKey>find("prefix", secret.substring(0, 10)).firstResult().revokedAt = java.time.Instant.now());
        given().header("Authorization", "Bearer " + secret).get("/api/interviews").then().statusCode(401);
    }

    @Test
    void signInRefusesAWrongPasswordAndADisabledAccount() {
        String email = Accounts.create(false);
        assertThat(Accounts.signIn(email, "wrong password!")).isNull();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Recruiter.byEmail(email).orElseThrow().enabled = false);
        assertThat(Accounts.signIn(email, Accounts.PASSWORD)).isNull();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        Response response = Accounts.signIn(given(), Accounts.create(false), Accounts.PASSWORD);
        String setCookie = response.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("rs-session=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(response.getHeader("Location")).endsWith("/interviews");
    }

    @Test
    void pagesSendTheSecurityHeaders() {
        Response page = given().get("/login");
        assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'self'").contains("object-src 'none'")
                .contains("base-uri 'none'").contains("frame-ancestors 'none'");
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        given().cookie("rs-session", recruiterSession).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("reason", "x")
                .post("/interviews/" + interviewId + "/cancel")
                .then().statusCode(400);
        given().cookie("rs-session", recruiterSession).redirects().follow(false)
                .contentType("text/plain").body("cross-site")
                .post("/interviews/" + interviewId + "/cancel")
                .then().statusCode(415);
        assertThat(given().header("Authorization", "Bearer " + ApiKeyForEveryRequest.KEY).get("/api/interviews/" + interviewId)
                .jsonPath().getString("status")).isNotEqualTo("CANCELLED");
    }
}
