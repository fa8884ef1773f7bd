package com.recruitingscheduler.support;

import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Changes made to events directly in "Google Calendar" (the sandbox), behind the app's back. */
public final class GoogleSide {

    private static final String EVENTS = "/sandbox/calendar/v3/calendars/primary/events/";

    private GoogleSide() {
    }

    private static RequestSpecification asOrganizer() {
        return given().header("Authorization", "Bearer someone-in-calendar").contentType("application/json");
    }

    public static void delete(String eventId) {
        asOrganizer().when().delete(EVENTS + eventId).then().statusCode(204);
    }

    public static void move(String eventId, String start, String end) {
        asOrganizer().body("{\"start\":{\"dateTime\":\"" + start + "\"},\"end\":{\"dateTime\":\"" + end + "\"}}")
                .when().patch(EVENTS + eventId).then().statusCode(200);
    }

    public static void removeConference(String eventId) {
        asOrganizer().queryParam("conferenceDataVersion", 1).body("{\"conferenceData\":{}}")
                .when().patch(EVENTS + eventId).then().statusCode(200);
    }
}
