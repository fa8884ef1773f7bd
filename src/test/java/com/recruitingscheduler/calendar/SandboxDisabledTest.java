package com.recruitingscheduler.calendar;

import com.recruitingscheduler.support.ServiceAccountKey;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** As in production: google mode, sandbox not enabled — no part of the sandbox answers. */
@QuarkusTest
@TestProfile(SandboxDisabledTest.Production.class)
class SandboxDisabledTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "recruiting.calendar.mode", "google",
                    "recruiting.calendar.credentials", ServiceAccountKey.write("http://localhost:1/token").toString(),
                    "recruiting.calendar.organizer", "recruiting@corp.example",
                    "recruiting.sandbox.enabled", "false");
        }
    }

    @Test
    void theSandboxIsNotServed() {
        given().when().get("/sandbox/inbox?email=a@b.c").then().statusCode(404);
        given().header("Authorization", "Bearer t").when().get("/sandbox/calendar/v3/calendars/primary").then().statusCode(404);
        given().when().get("/sandbox/settings").then().statusCode(404);
        given().header("Authorization", "Bearer t").when().get("/calendar/v3/calendars/primary").then().statusCode(404);
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "x")
                .when().post("/sandbox/oauth2/token").then().statusCode(404);
        given().when().get("/sandbox/oidc/.well-known/openid-configuration").then().statusCode(404);
        given().when().get("/interviews").then().statusCode(200);
    }
}
