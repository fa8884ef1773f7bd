package com.recruitingscheduler.account;

import com.recruitingscheduler.support.Accounts;
import com.recruitingscheduler.support.Anonymous;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** An admin adds and disables recruiters and creates and revokes API keys, through the pages. */
@QuarkusTest
@Anonymous
class AdminPagesTest {

    private String session;

    @BeforeEach
    void signInAsAdmin() {
        session = Accounts.signIn(Accounts.create(true), Accounts.PASSWORD);
    }

    /** A form post from the given admin page, with that page's CSRF token. */
    private RequestSpecification formFrom(String page) {
        return Accounts.formFrom(session, page);
    }

    private Document page(String path) {
        return Jsoup.parse(given().cookie("rs-session", session).get(path).asString());
    }

    @Test
    void anAdminAddsARecruiterWhoCanSignInUntilDisabled() {
        String email = "new-" + UUID.randomUUID() + "@corp.example";
        formFrom("/admin/recruiters").formParam("email", email).formParam("name", "Nina New")
                .formParam("password", "a long enough password").post("/admin/recruiters")
                .then().statusCode(303);

        assertThat(page("/admin/recruiters").text()).contains(email).contains("Nina New");
        String stored = QuarkusTransaction.requiringNew().call(() -> Recruiter.byEmail(email).orElseThrow().passwordHash);
        assertThat(stored).startsWith("$2").doesNotContain("a long enough password");
        assertThat(Accounts.signIn(email, "a long enough password")).isNotNull();

        long id = QuarkusTransaction.requiringNew().call(() -> Recruiter.byEmail(email).orElseThrow().id);
        formFrom("/admin/recruiters").post("/admin/recruiters/" + id + "/disable").then().statusCode(303);
        assertThat(Accounts.signIn(email, "a long enough password")).isNull();
    }

    @Test
    void badAccountsAreRefusedByTheFields() {
        String existing = Accounts.create(false);
        Response response = formFrom("/admin/recruiters").formParam("email", existing).formParam("name", "")
                .formParam("password", "short").post("/admin/recruiters");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.asString()).select("#error-summary a").eachText())
                .contains("E-mail: already has an account", "Name: must be 1 to 200 characters, without control characters",
                        "Password: must be 12 to 72 characters");
        assertThat(Jsoup.parse(response.asString()).select("[aria-invalid=true]").eachAttr("id"))
                .containsExactlyInAnyOrder("email", "name", "password");
    }

    @Test
    void aTooShortNewPasswordIsMarkedOnItsRowAndChangesNothing() {
        String email = Accounts.create(false);
        long id = QuarkusTransaction.requiringNew().call(() -> Recruiter.byEmail(email).orElseThrow().id);

        Response response = formFrom("/admin/recruiters").formParam("password", "short").post("/admin/recruiters/" + id + "/password");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("#error-summary").text()).contains("No password was changed.");
        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#password-" + id);
        assertThat(page.select("#error-summary a").text()).isEqualTo("New password: must be 12 to 72 characters");
        assertThat(page.select("[aria-invalid=true]").eachAttr("id")).containsExactly("password-" + id);
        assertThat(page.select("#password-" + id).attr("aria-describedby")).isEqualTo("password-" + id + "-error");
        assertThat(page.select("#password-" + id + "-error").text()).isEqualTo("Must be 12 to 72 characters");
        assertThat(page.select("#password-" + id).parents().select("details").first().hasAttr("open")).isTrue();
        assertThat(page.text()).doesNotContain("Nobody was added");
        assertThat(Accounts.signIn(email, Accounts.PASSWORD)).as("the old password still works").isNotNull();
    }

    @Test
    void anApiKeyIsShownOnceWorksAndStopsWorkingWhenRevoked() {
        Response created = formFrom("/admin/api-keys").formParam("name", "Greenhouse").post("/admin/api-keys");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.getHeader("Cache-Control")).isEqualTo("no-store");
        String secret = Jsoup.parse(created.asString()).select(".secret").text();
        assertThat(secret).startsWith("rsk_");

        given().header("Authorization", "Bearer " + secret).get("/api/interviews").then().statusCode(200);
        assertThat(page("/admin/api-keys").html()).doesNotContain(secret).contains(secret.substring(0, 10));
        String hash = QuarkusTransaction.requiringNew().call(() -> ApiKey.<ApiKey>find("prefix", secret.substring(0, 10)).firstResult().keyHash);
        assertThat(hash).hasSize(64).isNotEqualTo(secret);

        long id = QuarkusTransaction.requiringNew().call(() -> ApiKey.<ApiKey>find("prefix", secret.substring(0, 10)).firstResult().id);
        formFrom("/admin/api-keys").post("/admin/api-keys/" + id + "/revoke").then().statusCode(303);
        given().header("Authorization", "Bearer " + secret).get("/api/interviews").then().statusCode(401);
    }

    @Test
    void signingOutEndsTheSession() {
        Response out = formFrom("/admin/recruiters").post("/logout");
        assertThat(out.statusCode()).isEqualTo(303);
        String cleared = out.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("rs-session=")).findFirst().orElseThrow();
        assertThat(cleared).contains("Max-Age=0");
    }
}
