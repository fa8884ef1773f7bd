package com.recruitingscheduler.support;

import com.recruitingscheduler.account.Recruiter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

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
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", email).formParam("j_password", password)
                .post("/j_security_check");
        return response.getCookie("rs-session");
    }
}
