package com.recruitingscheduler.support;

import io.restassured.specification.RequestSpecification;

import io.restassured.response.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;

/** Changes made to events directly in "Google Calendar" (the sandbox), behind the app's back, as the organizer. */
public final class GoogleSide {

    private static final String EVENTS = "/sandbox/calendar/v3/calendars/primary/events/";
    public static final String ORGANIZER = "recruiting@example.com";

    private GoogleSide() {
    }

    /** A key file the sandbox in this process made (POST /sandbox/service-accounts); made again after a restart. */
    private static String key;

    /**
     * An access token from the sandbox's token endpoint, as a service account gets one: an RS256-signed JWT of a key
     * the sandbox knows; {@code subject} null: no impersonation, as without domain-wide delegation.
     */
    public static String token(String subject) {
        if (key != null) {
            Response answer = exchange(null, ServiceAccountKey.assertion(key, subject));
            if (answer.statusCode() == 200) {
                return answer.path("access_token");
            }
        }
        key = Sandbox.control().post("/sandbox/service-accounts").then().statusCode(200).extract().asString();
        return exchange(null, ServiceAccountKey.assertion(key, subject)).then().statusCode(200).extract().path("access_token");
    }

    /** The same from the sandbox at {@code baseUri}, with a key file it was told to trust. */
    public static String token(String baseUri, Path keyFile, String subject) {
        try {
            return exchange(baseUri, ServiceAccountKey.assertion(Files.readString(keyFile), subject))
                    .then().statusCode(200).extract().path("access_token");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A signed assertion for a key the sandbox in this process knows. */
    public static String assertion(String subject) {
        token(null);
        return ServiceAccountKey.assertion(key, subject);
    }

    /** Posts an assertion to the token endpoint, as Google's auth library does. */
    public static Response exchange(String baseUri, String assertion) {
        var spec = given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer").formParam("assertion", assertion);
        if (baseUri != null) {
            spec.baseUri(baseUri);
        }
        return spec.post("/sandbox/oauth2/token");
    }

    /** Requests to the sandbox's Calendar API as the organizer. */
    public static RequestSpecification asOrganizer() {
        return given().header("Authorization", "Bearer " + token(ORGANIZER)).contentType("application/json");
    }

    public static void delete(String eventId) {
        asOrganizer().when().delete(EVENTS + eventId).then().statusCode(204);
    }

    public static void move(String eventId, String start, String end) {
        asOrganizer().body("{\"start\":{\"dateTime\":\"" + start + "\"},\"end\":{\"dateTime\":\"" + end + "\"}}")
                .when().patch(EVENTS + eventId).then().statusCode(200);
    }

    /** Patches an event as someone in Google Calendar would (no one is e-mailed). */
    public static void patch(String eventId, String json) {
        asOrganizer().body(json).when().patch(EVENTS + eventId).then().statusCode(200);
    }

    public static void removeConference(String eventId) {
        asOrganizer().queryParam("conferenceDataVersion", 1).body("{\"conferenceData\":{}}")
                .when().patch(EVENTS + eventId).then().statusCode(200);
    }
}
