package com.recruitingscheduler.interview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.recruitingscheduler.sandbox.calendar.Invitation;
import com.recruitingscheduler.sandbox.calendar.SandboxCalendar;
import com.recruitingscheduler.support.Interviews;
import com.recruitingscheduler.support.Sandbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole flow over real HTTP: the app's generated Google client talking to the built-in sandbox. */
@QuarkusTest
class SchedulingFlowTest {

    @Inject
    SandboxCalendar sandbox;

    @AfterEach
    void resetSandbox() {
        Sandbox.reset();
    }

    @Test
    void pendingConferenceBecomesTwoEventsSharingOneSignedConference() {
        Sandbox.configure(Map.of("conferencePendingReads", 3, "conferenceSuccessAtOnceRate", 0));
        Map<String, Object> request = Interviews.request();
        String id = Interviews.schedule(request);

        JsonPath interview = Interviews.settled(id);

        assertThat(interview.getString("status")).isEqualTo("SCHEDULED");
        String conferenceId = interview.getString("conference.conferenceId");
        assertThat(conferenceId).matches("[a-z]{3}-[a-z]{4}-[a-z]{3}");
        ObjectNode interviewerEvent = event(interview.getString("interviewerEventId"));
        ObjectNode candidateEvent = event(interview.getString("candidateEventId"));
        assertThat(interviewerEvent.path("conferenceData").path("conferenceId").asText()).isEqualTo(conferenceId);
        assertThat(candidateEvent.path("conferenceData").path("conferenceId").asText()).isEqualTo(conferenceId);
        assertThat(candidateEvent.path("conferenceData").path("signature").asText())
                .isEqualTo(interviewerEvent.path("conferenceData").path("signature").asText()).isNotEmpty();
        assertThat(candidateEvent.path("hangoutLink").asText()).isEqualTo("https://meet.google.com/" + conferenceId);
        assertThat(interview.getList("conference.entryPoints.entryPointType")).containsExactly("video", "phone", "more");
    }

    @Test
    void candidateEventNamesNoInterviewerAndHidesTheGuestList() {
        Map<String, Object> request = Interviews.request();
        JsonPath interview = Interviews.settled(Interviews.schedule(request));
        assertThat(interview.getString("status")).isEqualTo("SCHEDULED");

        ObjectNode candidateEvent = event(interview.getString("candidateEventId"));
        String everything = candidateEvent.toString();
        @SuppressWarnings("unchecked")
        List<Map<String, String>> panel = (List<Map<String, String>>) request.get("interviewers");
        for (Map<String, String> interviewer : panel) {
            assertThat(everything).doesNotContain(interviewer.get("name")).doesNotContain(interviewer.get("email"));
        }
        assertThat(candidateEvent.path("attendees")).hasSize(1);
        assertThat(candidateEvent.path("guestsCanSeeOtherGuests").asBoolean()).isFalse();
        assertThat(candidateEvent.path("guestsCanInviteOthers").asBoolean()).isFalse();
        assertThat(candidateEvent.path("start").path("timeZone").asText()).isEqualTo("Europe/Paris");
        assertThat(candidateEvent.path("description").asText()).contains("admits you");

        ObjectNode interviewerEvent = event(interview.getString("interviewerEventId"));
        assertThat(interviewerEvent.path("attendees")).hasSize(2);
        assertThat(interviewerEvent.path("description").asText()).contains("Focus on system design.");

        @SuppressWarnings("unchecked")
        String candidateEmail = ((Map<String, String>) request.get("candidate")).get("email");
        List<Invitation> mails = sandbox.inbox(candidateEmail);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).event().path("conferenceData").path("conferenceId").asText())
                .isEqualTo(interview.getString("conference.conferenceId"));
        assertThat(sandbox.inbox(panel.get(0).get("email"))).hasSize(1);
    }

    @Test
    void failedConferenceFailsTheInterviewAndRemovesTheInterviewerEvent() {
        Sandbox.configure(Map.of("conferenceFailureRate", 1.0));
        JsonPath interview = Interviews.settled(Interviews.schedule(Interviews.request()));

        assertThat(interview.getString("status")).isEqualTo("FAILED");
        assertThat(interview.getString("failureReason")).contains("could not create the Google Meet conference");
        assertThat(interview.getString("interviewerEventId")).isNull();
        assertThat(liveEventsOf(interview.getString("id"))).isEmpty();
    }

    @Test
    void retryAfterFailureUsesANewRequestAndSchedules() {
        Sandbox.configure(Map.of("conferenceFailureRate", 1.0));
        String id = Interviews.schedule(Interviews.request());
        Interviews.settled(id);
        Sandbox.reset();

        given().when().post("/api/interviews/" + id + "/retry").then().statusCode(202);
        JsonPath retried = Interviews.settled(id);

        assertThat(retried.getString("status")).isEqualTo("SCHEDULED");
        assertThat(liveEventsOf(id)).hasSize(2);
        int attempt = QuarkusTransaction.requiringNew().call(
                () -> Interview.<Interview>findById(java.util.UUID.fromString(id)).attempt);
        assertThat(attempt).isEqualTo(2);
    }

    @Test
    void tamperedSignatureIsDroppedByGoogleAndFailsTheInterviewWithItsReason() {
        Sandbox.configure(Map.of("tamperSignaturesOnRead", true, "conferenceSuccessAtOnceRate", 0)); // tampered on reads only
        JsonPath interview = Interviews.settled(Interviews.schedule(Interviews.request()));

        assertThat(interview.getString("status")).isEqualTo("FAILED");
        assertThat(interview.getString("failureReason")).contains("signature did not verify");
        assertThat(liveEventsOf(interview.getString("id"))).isEmpty();
    }

    @Test
    void copiesTheConferenceVerbatimKeepingAFieldNoClientKnows() {
        Sandbox.configure(Map.of("conferenceUnknownField", true));
        JsonPath interview = Interviews.settled(Interviews.schedule(Interviews.request()));

        assertThat(interview.getString("status")).isEqualTo("SCHEDULED");
        JsonNode copied = event(interview.getString("candidateEventId")).path("conferenceData");
        JsonNode original = event(interview.getString("interviewerEventId")).path("conferenceData");
        assertThat(copied.path("sandboxFutureField")).isEqualTo(original.path("sandboxFutureField")).isNotEmpty();
        assertThat(copied.path("entryPoints")).isEqualTo(original.path("entryPoints"));
        assertThat(copied.has("createRequest")).isFalse();
    }

    @Test
    void everyInvitationCarriesTheJoinLinkAndGoesOutOnce() {
        Map<String, Object> request = Interviews.request();
        JsonPath interview = Interviews.settled(Interviews.schedule(request));
        assertThat(interview.getString("status")).isEqualTo("SCHEDULED");

        @SuppressWarnings("unchecked")
        List<Map<String, String>> panel = (List<Map<String, String>>) request.get("interviewers");
        @SuppressWarnings("unchecked")
        String candidate = ((Map<String, String>) request.get("candidate")).get("email");
        List<String> everyone = new java.util.ArrayList<>(panel.stream().map(p -> p.get("email")).toList());
        everyone.add(candidate);
        for (String person : everyone) {
            List<Invitation> mails = sandbox.inbox(person);
            assertThat(mails).as(person).extracting(Invitation::kind).containsExactly(Invitation.Kind.INVITATION);
            assertThat(mails.get(0).event().path("hangoutLink").asText())
                    .isEqualTo("https://meet.google.com/" + interview.getString("conference.conferenceId"));
        }
    }

    @Test
    void bothEventsArePrivateAndTheirIdsTellNothingOfEachOther() {
        JsonPath first = Interviews.settled(Interviews.schedule(Interviews.request()));
        String interviewers = first.getString("interviewerEventId");
        String candidate = first.getString("candidateEventId");

        assertThat(event(interviewers).path("visibility").asText()).isEqualTo("private");
        assertThat(event(candidate).path("visibility").asText()).isEqualTo("private");
        assertThat(interviewers).matches("[a-v0-9]{26}");
        assertThat(candidate).matches("[a-v0-9]{26}");
        int common = 0;
        while (common < 26 && interviewers.charAt(common) == candidate.charAt(common)) {
            common++;
        }
        assertThat(common).as("shared prefix of %s and %s", interviewers, candidate).isLessThan(4);
        assertThat(candidate).doesNotContain(first.getString("id").replace("-", ""));
    }

    @Test
    void failedConferenceAndDroppedCopyEmailNobody() {
        Map<String, Object> failing = Interviews.request();
        Sandbox.configure(Map.of("conferenceFailureRate", 1.0));
        assertThat(Interviews.settled(Interviews.schedule(failing)).getString("status")).isEqualTo("FAILED");
        Sandbox.reset();
        Map<String, Object> dropped = Interviews.request();
        Sandbox.configure(Map.of("tamperSignaturesOnRead", true, "conferenceSuccessAtOnceRate", 0)); // tampered on reads: the conference must be read
        assertThat(Interviews.settled(Interviews.schedule(dropped)).getString("status")).isEqualTo("FAILED");

        for (Map<String, Object> request : List.of(failing, dropped)) {
            @SuppressWarnings("unchecked")
            List<Map<String, String>> panel = (List<Map<String, String>>) request.get("interviewers");
            @SuppressWarnings("unchecked")
            String candidate = ((Map<String, String>) request.get("candidate")).get("email");
            assertThat(sandbox.inbox(candidate)).as("the candidate's inbox").isEmpty();
            panel.forEach(p -> assertThat(sandbox.inbox(p.get("email"))).as("an interviewer's inbox").isEmpty());
        }
    }

    @Test
    void cancelDeletesBothEventsAndTellsEveryGuest() {
        Map<String, Object> request = Interviews.request();
        String id = Interviews.schedule(request);
        Interviews.settled(id);

        given().when().delete("/api/interviews/" + id).then().statusCode(202);
        JsonPath cancelled = Interviews.settled(id);

        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(liveEventsOf(id)).isEmpty();
        @SuppressWarnings("unchecked")
        String candidateEmail = ((Map<String, String>) request.get("candidate")).get("email");
        assertThat(sandbox.inbox(candidateEmail)).extracting(Invitation::kind)
                .containsExactly(Invitation.Kind.CANCELLED, Invitation.Kind.INVITATION);
    }

    private ObjectNode event(String eventId) {
        assertThat(eventId).isNotNull();
        Optional<ObjectNode> found = sandbox.allEvents().stream()
                .filter(e -> e.path("id").asText().equals(eventId)).findFirst();
        assertThat(found).as("event %s in the sandbox", eventId).isPresent();
        return found.get();
    }

    private List<JsonNode> liveEventsOf(String interviewId) {
        return sandbox.allEvents().stream()
                .filter(e -> !e.path("status").asText().equals("cancelled"))
                .filter(e -> e.path("extendedProperties").path("private").path("recruitingInterviewId").asText().equals(interviewId))
                .map(e -> (JsonNode) e)
                .toList();
    }
}
