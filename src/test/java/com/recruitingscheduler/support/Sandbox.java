package com.recruitingscheduler.support;

import io.restassured.http.ContentType;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Test access to the sandbox's run-time settings, through its HTTP control endpoint. */
public final class Sandbox {

    private Sandbox() {
    }

    public static void configure(Map<String, Object> settings) {
        given().contentType(ContentType.JSON).body(settings)
                .when().put("/sandbox/settings")
                .then().statusCode(200);
    }

    public static void reset() {
        given().when().delete("/sandbox/settings").then().statusCode(200);
    }
}
