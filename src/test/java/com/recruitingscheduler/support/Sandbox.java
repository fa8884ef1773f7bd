package com.recruitingscheduler.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Test access to the sandbox's run-time settings, through its HTTP control endpoint. */
public final class Sandbox {

    private Sandbox() {
    }

    private static String session;

    public static void configure(Map<String, Object> settings) {
        control().contentType(ContentType.JSON).body(settings)
                .when().put("/sandbox/settings")
                .then().statusCode(200);
    }

    public static void reset() {
        control().when().delete("/sandbox/settings").then().statusCode(200);
    }

    /**
     * A request to the sandbox's controls, which only a signed-in recruiter may use: one test account, signed in
     * once; again when the session has ended (a restarted app with a fresh database, a test that ended sessions).
     */
    public static RequestSpecification control() {
        if (session == null || given().cookie("rs-session", session).redirects().follow(false).get("/sandbox/settings")
                .statusCode() != 200) {
            session = Accounts.signIn(Accounts.create(false), Accounts.PASSWORD);
        }
        return given().cookie("rs-session", session);
    }
}
