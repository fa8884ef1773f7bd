package com.recruitingscheduler.scheduling;

import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.sandbox.calendar.SandboxCalendar;
import com.recruitingscheduler.support.GoogleSide;
import com.recruitingscheduler.support.Interviews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An id the app chose that another event holds — someone else's, or a cancelled one — is never taken over. */
@QuarkusTest
class TakenEventIdsTest {

    private static final String EVENTS = "/sandbox/calendar/v3/calendars/primary/events";

    @Inject
    DurableSteps steps;

    @Inject
    SandboxCalendar sandbox;

    @Test
    void aForeignOrCancelledEventHoldingTheChosenIdMakesTheAppChooseAnother() {
        String id;
        Interview planned;
        steps.pause();
        try {
            id = Interviews.schedule(Interviews.request());
            planned = QuarkusTransaction.requiringNew().call(() -> Interview.<Interview>findById(UUID.fromString(id)));
            String start = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
            String end = Instant.now().plus(5, ChronoUnit.DAYS).plusSeconds(1800).truncatedTo(ChronoUnit.SECONDS).toString();
            GoogleSide.asOrganizer().body("{\"id\":\"" + planned.interviewerEventId + "\",\"summary\":\"Someone's dentist\","
                    + "\"start\":{\"dateTime\":\"" + start + "\"},\"end\":{\"dateTime\":\"" + end + "\"}}")
                    .post(EVENTS).then().statusCode(200);
            GoogleSide.asOrganizer().body("{\"id\":\"" + planned.candidateEventId + "\",\"summary\":\"Old cancelled\","
                    + "\"start\":{\"dateTime\":\"" + start + "\"},\"end\":{\"dateTime\":\"" + end + "\"},"
                    + "\"extendedProperties\":{\"private\":{\"recruitingInterviewId\":\"" + id + "\"}}}")
                    .post(EVENTS).then().statusCode(200);
            GoogleSide.delete(planned.candidateEventId);
        } finally {
            steps.resume();
        }

        JsonPath interview = Interviews.settled(id);

        assertThat(interview.getString("status")).isEqualTo("SCHEDULED");
        assertThat(interview.getString("interviewerEventId")).isNotEqualTo(planned.interviewerEventId);
        assertThat(interview.getString("candidateEventId")).isNotEqualTo(planned.candidateEventId);
        var foreign = sandbox.event(planned.interviewerEventId).orElseThrow();
        assertThat(foreign.path("status").asText()).isEqualTo("confirmed");
        assertThat(foreign.path("summary").asText()).isEqualTo("Someone's dentist");
        assertThat(foreign.has("conferenceData")).isFalse();
        assertThat(sandbox.event(planned.candidateEventId).orElseThrow().path("status").asText()).isEqualTo("cancelled");
        assertThat(Interviews.history(id)).contains("is taken on the calendar by an event that is not this interview's");
    }
}
