package com.recruitingscheduler.account;

import com.recruitingscheduler.support.Accounts;
import com.recruitingscheduler.support.Anonymous;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign in with Google, end to end: Quarkus OIDC's code flow against the sandbox's Google-like provider (discovery,
 * authorization, token, RS256 ID token checked against its keys), then the app's own session for the page.
 */
@QuarkusTest
@TestProfile(GoogleSignInTest.GoogleConfigured.class)
@Anonymous
class GoogleSignInTest {

    static final int PORT = 18091;

    public static class GoogleConfigured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.test-port", String.valueOf(PORT),
                    "quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "http://localhost:" + PORT + "/sandbox/oidc",
                    "quarkus.oidc.client-id", "recruiting-scheduler-test",
                    "quarkus.oidc.credentials.secret", "test-client-secret",
                    "quarkus.oidc.authentication.extra-params.login_hint", "grace@corp.example",
                    "recruiting.accounts.google-domain", "corp.example",
                    // as in prod: behind a TLS-terminating proxy
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    /** Follows the redirects of the code flow by hand, keeping cookies; the sign-in address can be swapped on the way. */
    private static Response signInWithGoogle(CookieFilter cookies, String as) {
        Response response = given().filter(cookies).redirects().follow(false).get("/login/google");
        for (int hops = 0; hops < 8 && response.statusCode() / 100 == 3; hops++) {
            String location = response.getHeader("Location");
            if (location.contains("/sandbox/oidc/auth")) {
                location = location.replaceAll("login_hint=[^&]*", "login_hint=" + as.replace("@", "%40"));
            }
            if (location.endsWith("/interviews")) {
                return response;
            }
            response = given().filter(cookies).redirects().follow(false).urlEncodingEnabled(false).get(location);
        }
        return response;
    }

    @Test
    void theSandboxsGoogleSignsInNoAdministratorOutsideDevMode() {
        String admin = Accounts.create(true);
        CookieFilter cookies = new CookieFilter();
        Response refused = signInWithGoogle(cookies, admin);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString()).contains("Administrators sign in with their password");
        given().filter(cookies).redirects().follow(false).get("/admin/recruiters").then().statusCode(302);
        // the administrator's own password still works
        assertThat(Accounts.signIn(given(), admin, Accounts.PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void aColleagueOfTheAllowedDomainSignsInAndGetsTheAppsSession() {
        CookieFilter cookies = new CookieFilter();
        Response done = signInWithGoogle(cookies, "grace@corp.example");

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.getHeader("Location")).endsWith("/interviews");
        Response page = given().filter(cookies).get("/interviews");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(page.asString()).select(".signout .muted").text()).isEqualTo("grace@corp.example");
        // the Google colleague is a recruiter, not an admin
        given().filter(cookies).redirects().follow(false).get("/admin/recruiters").then().statusCode(403);
    }

    @Test
    void anAccountOfAnotherDomainIsRefused() {
        CookieFilter cookies = new CookieFilter();
        Response refused = signInWithGoogle(cookies, "mallory@elsewhere.example");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString()).contains("Only corp.example Google Workspace accounts may sign in here.");
        given().filter(cookies).redirects().follow(false).get("/interviews").then().statusCode(302);
    }

    @Test
    void strangersAreStillSentToTheAppsSignInPageNotToGoogle() {
        given().redirects().follow(false).get("/interviews").then().statusCode(302)
                .header("Location", org.hamcrest.Matchers.endsWith("/login"));
        given().redirects().follow(false).get("/api/interviews").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecure() {
        String email = com.recruitingscheduler.support.Accounts.create(false);
        Response response = com.recruitingscheduler.support.Accounts.signIn(given().header("X-Forwarded-Proto", "https"),
                email, com.recruitingscheduler.support.Accounts.PASSWORD);
        String cookie = response.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("rs-session=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(response.getHeader("Strict-Transport-Security")).startsWith("max-age=");
    }

    @Test
    void theLoginPageOffersGoogle() {
        assertThat(Jsoup.parse(given().get("/login").asString()).select("a[href=/login/google]").text())
                .isEqualTo("Sign in with Google");
    }
}
