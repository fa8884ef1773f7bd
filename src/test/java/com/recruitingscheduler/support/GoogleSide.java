package com.recruitingscheduler.support;

import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static io.restassured.RestAssured.given;

/** Changes made to events directly in "Google Calendar" (the sandbox), behind the app's back, as the organizer. */
public final class GoogleSide {

    private static final String EVENTS = "/sandbox/calendar/v3/calendars/primary/events/";
    public static final String ORGANIZER = "recruiting@example.com";

    private GoogleSide() {
    }

    /**
     * An access token from the sandbox's token endpoint, as a service account gets one (the sandbox checks the claims of
     * the JWT, not its signature); {@code subject} null: no impersonation, as without domain-wide delegation.
     */
    public static String token(String baseUri, String subject) {
        String claims = "{\"iss\":\"someone@tests.iam.gserviceaccount.com\",\"scope\":\"https://www.googleapis.com/auth/calendar\","
                + "\"aud\":\"token\",\"exp\":" + (Instant.now().getEpochSecond() + 600)
                + (subject == null ? "" : ",\"sub\":\"" + subject + "\"") + "}";
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String jwt = base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
        var spec = given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer").formParam("assertion", jwt);
        if (baseUri != null) {
            spec.baseUri(baseUri);
        }
        return spec.post("/sandbox/oauth2/token").then().statusCode(200).extract().path("access_token");
    }

    /** Requests to the sandbox's Calendar API as the organizer. */
    public static RequestSpecification asOrganizer() {
        return given().header("Authorization", "Bearer " + token(null, ORGANIZER)).contentType("application/json");
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
