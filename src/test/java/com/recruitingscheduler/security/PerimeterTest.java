package com.recruitingscheduler.security;

import com.recruitingscheduler.account.ApiKey;
import com.recruitingscheduler.account.Recruiter;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.support.Accounts;
import com.recruitingscheduler.support.Anonymous;
import com.recruitingscheduler.support.ApiKeyForEveryRequest;
import com.recruitingscheduler.support.Interviews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks a review made on the page routes, each refused and changing nothing: a bodiless POST without a
 * content type, a forged CSRF cookie and field pair, a request from another site with a valid token, a sign-in form
 * without its token. The JSON API stays token-free and never gets a CSRF cookie.
 */
@QuarkusTest
@Anonymous
class PerimeterTest {

    private String admin;
    private String interviewId;
    private long victimId;
    private long keyId;

    @BeforeEach
    void setUp() {
        admin = Accounts.signIn(Accounts.create(true), Accounts.PASSWORD);
        interviewId = given().header("Authorization", "Bearer " + ApiKeyForEveryRequest.KEY).contentType("application/json")
                .body(Interviews.request()).post("/api/interviews").then().statusCode(202).extract().path("id");
        String victim = Accounts.create(false);
        victimId = QuarkusTransaction.requiringNew().call(() -> Recruiter.byEmail(victim).orElseThrow().id);
        keyId = QuarkusTransaction.requiringNew().call(() -> ApiKey.create("perimeter-" + UUID.randomUUID(), "test").key().id);
    }

    private List<String> unsafeActions() {
        return List.of("/interviews/" + interviewId + "/cancel", "/interviews/" + interviewId + "/retry",
                "/admin/recruiters/" + victimId + "/disable", "/admin/api-keys/" + keyId + "/revoke", "/logout");
    }

    @Test
    void aPostThatIsNotAFormIsRefusedWhateverItsBody() {
        for (String path : unsafeActions()) {
            Response bodiless = given().cookie("rs-session", admin).redirects().follow(false).noContentType().post(path);
            assertThat(bodiless.statusCode()).as("bodiless POST %s", path).isEqualTo(415);
            for (String type : List.of("text/plain", "application/json")) {
                Response other = given().cookie("rs-session", admin).redirects().follow(false).contentType(type).body("{}").post(path);
                assertThat(other.statusCode()).as("%s POST %s", type, path).isEqualTo(415);
            }
        }
        assertNothingChanged();
    }

    @Test
    void aForgedTokenPairIsRefused() {
        String forged = randomToken();
        for (String path : unsafeActions()) {
            Response response = given().cookie("rs-session", admin).cookie("csrf-token", forged).redirects().follow(false)
                    .contentType("application/x-www-form-urlencoded").formParam("csrf-token", forged).post(path);
            assertThat(response.statusCode()).as("forged pair on %s", path).isEqualTo(400);
            Response noToken = given().cookie("rs-session", admin).redirects().follow(false)
                    .contentType("application/x-www-form-urlencoded").formParam("reason", "x").post(path);
            assertThat(noToken.statusCode()).as("no token on %s", path).isEqualTo(400);
        }
        assertNothingChanged();
    }

    @Test
    void anotherSitesRequestIsRefusedEvenWithAValidToken() {
        String path = "/interviews/" + interviewId + "/cancel";
        RequestSpecification fromEvil = Accounts.formFrom(admin, "/interviews/" + interviewId).header("Origin", "https://evil.example");
        assertThat(fromEvil.post(path).statusCode()).isEqualTo(403);
        RequestSpecification crossSite = Accounts.formFrom(admin, "/interviews/" + interviewId).header("Sec-Fetch-Site", "cross-site");
        assertThat(crossSite.post(path).statusCode()).isEqualTo(403);
        RequestSpecification sandboxedFrame = Accounts.formFrom(admin, "/interviews/" + interviewId).header("Origin", "null")
                .header("Sec-Fetch-Site", "cross-site");
        assertThat(sandboxedFrame.post(path).statusCode()).isEqualTo(403);
        assertNothingChanged();

        Response sameSite = Accounts.formFrom(admin, "/interviews/" + interviewId).header("Sec-Fetch-Site", "same-origin")
                .header("Origin", "http://localhost:" + io.restassured.RestAssured.port).post(path);
        assertThat(sameSite.statusCode()).isEqualTo(303);
        assertThat(status()).isEqualTo("CANCELLED");
    }

    @Test
    void theSignInFormCarriesATokenToo() {
        String email = Accounts.create(false);
        Response withoutToken = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("email", email).formParam("password", Accounts.PASSWORD).post("/login");
        assertThat(withoutToken.statusCode()).isEqualTo(400);
        assertThat(withoutToken.getCookie("rs-session")).isNull();
        Response withToken = Accounts.signIn(given(), email, Accounts.PASSWORD);
        assertThat(withToken.statusCode()).isEqualTo(303);
        assertThat(withToken.getCookie("rs-session")).isNotBlank();
    }

    @Test
    void pagesAreCompressedOnlyForThisSitesOwnRequestsTheApiAlways() {
        for (String site : List.of("same-origin", "none")) {
            Response page = given().cookie("rs-session", admin).header("Accept-Encoding", "gzip").header("Sec-Fetch-Site", site)
                    .get("/interviews");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.header("Content-Encoding")).as(site).isEqualTo("gzip");
            assertThat(page.asString()).as("still the page").contains("<h1>Interviews</h1>");
        }
        // another site's request (or a browser that does not say) gets the page uncompressed: no size to measure (BREACH)
        for (Response page : List.of(
                given().cookie("rs-session", admin).header("Accept-Encoding", "gzip").header("Sec-Fetch-Site", "cross-site")
                        .get("/interviews?q=csrf-token"),
                given().cookie("rs-session", admin).header("Accept-Encoding", "gzip").get("/interviews"))) {
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.header("Content-Encoding")).isIn(null, "identity");
        }
        Response api = given().header("Authorization", "Bearer " + ApiKeyForEveryRequest.KEY).header("Accept-Encoding", "gzip")
                .get("/api/interviews");
        assertThat(api.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(api.jsonPath().getList("items")).isNotNull();
    }

    @Test
    void theJsonApiTakesNoTokenAndSetsNoCsrfCookie() {
        for (Response response : List.of(
                given().header("Authorization", "Bearer " + ApiKeyForEveryRequest.KEY).get("/api/interviews"),
                given().header("Authorization", "Bearer " + ApiKeyForEveryRequest.KEY).get("/api/interviews/" + interviewId),
                given().header("Authorization", "Bearer " + ApiKeyForEveryRequest.KEY).contentType("application/json")
                        .body(Interviews.request()).post("/api/interviews"))) {
            assertThat(response.statusCode()).isIn(200, 202);
            assertThat(response.getHeaders().getValues("Set-Cookie")).noneMatch(c -> c.startsWith("csrf-token="));
        }
        assertThat(given().get("/login").getCookie("csrf-token")).as("pages do get one").isNotBlank();
    }

    @Test
    void theSandboxsGoogleSignInOnlyRedirectsToTheAppsOwnSignIn() {
        String own = "http://localhost:" + io.restassured.RestAssured.port;
        for (String elsewhere : List.of("https://evil.example/login/google", own + "/interviews", "//evil.example/login/google",
                "javascript:alert(1)", own + "@evil.example/login/google")) {
            Response response = given().redirects().follow(false).queryParam("redirect_uri", elsewhere)
                    .queryParam("login_hint", "someone@corp.example").queryParam("state", "s").queryParam("client_id", "app")
                    .get("/sandbox/oidc/auth");
            assertThat(response.statusCode()).as(elsewhere).isEqualTo(400);
            assertThat(response.getHeader("Location")).as(elsewhere).isNull();
        }
        Response home = given().redirects().follow(false).queryParam("redirect_uri", own + "/login/google")
                .queryParam("login_hint", "someone@corp.example").queryParam("state", "s").queryParam("client_id", "app")
                .get("/sandbox/oidc/auth");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.getHeader("Location")).startsWith(own + "/login/google?code=");
    }

    private void assertNothingChanged() {
        assertThat(status()).isNotEqualTo("CANCELLED");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Recruiter.<Recruiter>findById(victimId).enabled)).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ApiKey.<ApiKey>findById(keyId).isActive())).isTrue();
        assertThat(Accounts.isSignedIn(admin)).as("still signed in").isTrue();
    }

    private String status() {
        return QuarkusTransaction.requiringNew().call(() -> Interview.<Interview>findById(UUID.fromString(interviewId)).status.name());
    }

    private static String randomToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
