package com.recruitingscheduler.support;

import com.recruitingscheduler.account.Recruiter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Real accounts and real sign-ins through the form, for tests of access itself. */
public final class Accounts {

    public static final String PASSWORD = "correct horse battery staple";

    private Accounts() {
    }

    /** A new account; returns its e-mail. */
    public static String create(boolean admin) {
        String email = (admin ? "admin-" : "recruiter-") + UUID.randomUUID() + "@corp.example";
        QuarkusTransaction.requiringNew().run(() -> Recruiter.create(email, admin ? "Ada Admin" : "Rita Recruiter", PASSWORD, admin));
        return email;
    }

    /** Signs in through the login form; returns the session cookie, or null when refused. */
    public static String signIn(String email, String password) {
        return signIn(given(), email, password).getCookie("rs-session");
    }

    /** Signs in as a browser in {@code timeZone} does (its script reports the zone); returns the session cookie. */
    public static String signInFrom(String timeZone, String email) {
        return signIn(given(), email, PASSWORD, timeZone).getCookie("rs-session");
    }

    /** Posts the sign-in form as a browser does: the CSRF cookie from the page and its token in the form. */
    public static Response signIn(RequestSpecification to, String email, String password) {
        return signIn(to, email, password, "");
    }

    /** Signs in as a browser in {@code timeZone} does (empty: a browser that reports none). */
    public static Response signIn(RequestSpecification to, String email, String password, String timeZone) {
        Response page = given().spec(to).get("/login");
        String token = Jsoup.parse(page.asString()).select("input[name=csrf-token]").attr("value");
        return given().spec(to).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .cookie("csrf-token", page.getCookie("csrf-token"))
                .formParam("email", email).formParam("password", password).formParam("timeZone", timeZone)
                .formParam("csrf-token", token).post("/login");
    }

    /** A form post as a signed-in browser sends it from {@code page}: the session, and that page's CSRF cookie and token. */
    public static RequestSpecification formFrom(String session, String page) {
        Response response = given().cookie("rs-session", session).get(page);
        String token = Jsoup.parse(response.asString()).select("input[name=csrf-token]").first().attr("value");
        return given().cookie("rs-session", session).cookie("csrf-token", response.getCookie("csrf-token"))
                .redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("csrf-token", token);
    }

    /** Whether the session cookie still opens the pages (an ended one is sent to sign in). */
    public static boolean isSignedIn(String session) {
        return given().cookie("rs-session", session).redirects().follow(false).get("/interviews").statusCode() == 200;
    }
}
