package com.recruitingscheduler.interview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.recruitingscheduler.sandbox.calendar.Invitation;
import com.recruitingscheduler.sandbox.calendar.SandboxCalendar;
import com.recruitingscheduler.support.Csrf;
import com.recruitingscheduler.support.GoogleSide;
import com.recruitingscheduler.support.Interviews;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Changing a scheduled interview without cancelling it: the panel, the title, the notes. Each side hears only of
 * what it sees change; the conference stays; a change to what the interview already is sends nothing.
 */
@QuarkusTest
@TestSecurity(user = "recruiter@corp.example", roles = {"recruiter", "api"})
@SuppressWarnings("unchecked")
class EditTest {

    @Inject
    SandboxCalendar sandbox;

    private record Scheduled(String id, JsonPath interview, String candidate, List<Map<String, String>> panel) {
        String email(int seat) {
            return panel.get(seat).get("email");
        }
    }

    private static Scheduled scheduled() {
        Map<String, Object> request = Interviews.request();
        String id = Interviews.schedule(request);
        return new Scheduled(id, Interviews.settled(id), ((Map<String, String>) request.get("candidate")).get("email"),
                (List<Map<String, String>>) request.get("interviewers"));
    }

    private ObjectNode event(String id) {
        return sandbox.event(id).orElseThrow();
    }

    /** The kinds of mail this address got, oldest first. */
    private List<Invitation.Kind> mail(String email) {
        List<Invitation.Kind> kinds = new ArrayList<>(sandbox.inbox(email).stream().map(Invitation::kind).toList());
        java.util.Collections.reverse(kinds);
        return kinds;
    }

    private static List<String> guests(JsonNode event) {
        return StreamSupport.stream(event.path("attendees").spliterator(), false).map(a -> a.path("email").asText()).toList();
    }

    private static void change(String id, Map<String, Object> body, int status) {
        given().contentType(ContentType.JSON).body(body).when().patch("/api/interviews/" + id).then().statusCode(status);
    }

    @Test
    void aPanelChangeInvitesTheAddedTellsTheRemovedAndLeavesTheCandidateAlone() {
        Scheduled s = scheduled();
        String candidateEtag = event(s.interview().getString("candidateEventId")).path("etag").asText();
        sandbox.respond(s.interview().getString("interviewerEventId"), s.email(0), "accepted");
        Map<String, String> added = Map.of("name", "Nora Newcomer", "email", "nora." + s.id().substring(0, 8) + "@corp.example");

        change(s.id(), Map.of("interviewers", List.of(s.panel().get(0), added)), 202);
        JsonPath after = Interviews.settled(s.id());

        assertThat(after.getString("status")).isEqualTo("SCHEDULED");
        assertThat(after.getList("interviewers.email")).containsExactly(s.email(0), added.get("email"));
        ObjectNode interviewers = event(after.getString("interviewerEventId"));
        assertThat(guests(interviewers)).containsExactlyInAnyOrder(s.email(0), added.get("email"));
        JsonNode kept = StreamSupport.stream(interviewers.path("attendees").spliterator(), false)
                .filter(a -> a.path("email").asText().equals(s.email(0))).findFirst().orElseThrow();
        assertThat(kept.path("responseStatus").asText()).as("who stays keeps their answer").isEqualTo("accepted");
        assertThat(interviewers.path("conferenceData").path("conferenceId").asText())
                .isEqualTo(s.interview().getString("conference.conferenceId"));

        assertThat(mail(added.get("email"))).containsExactly(Invitation.Kind.INVITATION);
        assertThat(sandbox.inbox(added.get("email")).get(0).event().path("hangoutLink").asText())
                .as("the added interviewer's invitation carries the join link").isNotEmpty();
        assertThat(mail(s.email(1))).containsExactly(Invitation.Kind.INVITATION, Invitation.Kind.CANCELLED);
        // Google's sendUpdates=all has no "new guests only": the one who stays hears of the new guest list once.
        assertThat(mail(s.email(0))).containsExactly(Invitation.Kind.INVITATION, Invitation.Kind.UPDATED);
        assertThat(mail(s.candidate())).as("the candidate hears nothing of the panel").containsExactly(Invitation.Kind.INVITATION);
        assertThat(event(after.getString("candidateEventId")).path("etag").asText()).isEqualTo(candidateEtag);
        assertThat(Interviews.history(s.id())).contains("panel: added Nora Newcomer; removed " + s.panel().get(1).get("name"));
    }

    @Test
    void aGuestWhoAnswersWhileTheEventIsBeingChangedKeepsTheirAnswer() {
        Scheduled s = scheduled();
        String eventId = s.interview().getString("interviewerEventId");
        // The answer arrives after the app read the event and before its update: the update names the etag it read,
        // Google answers 412, and the app reads again and applies the change to the answered event.
        sandbox.respondDuringNextUpdate(eventId, s.email(0), "accepted");

        change(s.id(), Map.of("title", "Staff Backend Engineer"), 202);
        Interviews.settled(s.id());

        ObjectNode interviewers = event(eventId);
        assertThat(interviewers.path("summary").asText()).endsWith("Staff Backend Engineer");
        JsonNode answered = StreamSupport.stream(interviewers.path("attendees").spliterator(), false)
                .filter(a -> a.path("email").asText().equals(s.email(0))).findFirst().orElseThrow();
        assertThat(answered.path("responseStatus").asText()).as("the answer is not overwritten with what was read before it")
                .isEqualTo("accepted");
        assertThat(mail(s.email(0))).containsExactly(Invitation.Kind.INVITATION, Invitation.Kind.UPDATED);
    }

    @Test
    void aNewTitleReachesTheCandidateButNotesAndThePanelNever() {
        Scheduled s = scheduled();

        change(s.id(), Map.of("title", "Staff Backend Engineer", "interviewerNotes", "Ask about the outage of May."), 202);
        JsonPath after = Interviews.settled(s.id());

        assertThat(after.getString("title")).isEqualTo("Staff Backend Engineer");
        assertThat(after.getString("interviewerNotes")).isEqualTo("Ask about the outage of May.");
        ObjectNode candidate = event(after.getString("candidateEventId"));
        assertThat(candidate.path("summary").asText()).isEqualTo("Interview: Staff Backend Engineer");
        assertThat(candidate.toString()).doesNotContain("outage").doesNotContain(s.email(0)).doesNotContain(s.email(1));
        ObjectNode interviewers = event(after.getString("interviewerEventId"));
        assertThat(interviewers.path("summary").asText()).endsWith("Staff Backend Engineer");
        assertThat(interviewers.path("description").asText()).contains("Ask about the outage of May.");
        assertThat(mail(s.candidate())).containsExactly(Invitation.Kind.INVITATION, Invitation.Kind.UPDATED);
        assertThat(sandbox.inbox(s.candidate()).get(0).event().toString()).as("the newest mail").doesNotContain("outage");
        assertThat(mail(s.email(0))).containsExactly(Invitation.Kind.INVITATION, Invitation.Kind.UPDATED);
    }

    @Test
    void notesAloneTellTheInterviewersAndNotTheCandidate() {
        Scheduled s = scheduled();
        String candidateEtag = event(s.interview().getString("candidateEventId")).path("etag").asText();

        change(s.id(), Map.of("interviewerNotes", ""), 202);
        JsonPath after = Interviews.settled(s.id());

        assertThat(after.getString("interviewerNotes")).isNull();
        assertThat(event(after.getString("interviewerEventId")).path("description").asText()).doesNotContain("Focus on system design.");
        assertThat(mail(s.email(1))).containsExactly(Invitation.Kind.INVITATION, Invitation.Kind.UPDATED);
        assertThat(mail(s.candidate())).containsExactly(Invitation.Kind.INVITATION);
        assertThat(event(after.getString("candidateEventId")).path("etag").asText()).isEqualTo(candidateEtag);
        assertThat(Interviews.history(s.id())).contains("the candidate was not told");
    }

    @Test
    void theOrganizersOwnEntryIsNoGuestToCompareOrToDrop() {
        Scheduled s = scheduled();
        String interviewersId = s.interview().getString("interviewerEventId");
        String candidateId = s.interview().getString("candidateEventId");
        for (String eventId : List.of(interviewersId, candidateId)) {
            ArrayNode attendees = event(eventId).path("attendees").deepCopy();
            attendees.addObject().put("email", GoogleSide.ORGANIZER).put("organizer", true).put("responseStatus", "accepted");
            GoogleSide.patch(eventId, "{\"attendees\":" + attendees + "}");
        }
        String candidateEtag = event(candidateId).path("etag").asText();

        change(s.id(), Map.of("interviewerNotes", "Ask about caching."), 202);
        Interviews.settled(s.id());

        assertThat(guests(event(interviewersId))).containsExactlyInAnyOrder(s.email(0), s.email(1), GoogleSide.ORGANIZER);
        assertThat(event(candidateId).path("etag").asText()).as("nothing the candidate sees changed").isEqualTo(candidateEtag);
        assertThat(mail(s.candidate())).containsExactly(Invitation.Kind.INVITATION);
    }

    @Test
    void aChangeToWhatItAlreadyIsChangesNothingAndTellsNoOne() {
        Scheduled s = scheduled();
        String etag = event(s.interview().getString("interviewerEventId")).path("etag").asText();
        Map<String, Object> same = new HashMap<>();
        same.put("title", s.interview().getString("title"));
        same.put("interviewerNotes", s.interview().getString("interviewerNotes"));
        same.put("interviewers", s.panel());
        same.put("start", s.interview().getString("start"));

        given().contentType(ContentType.JSON).body(same).when().patch("/api/interviews/" + s.id())
                .then().statusCode(200).body("updatedAt", equalTo(s.interview().getString("updatedAt")));

        assertThat(event(s.interview().getString("interviewerEventId")).path("etag").asText()).isEqualTo(etag);
        assertThat(mail(s.email(0))).containsExactly(Invitation.Kind.INVITATION);
        assertThat(mail(s.candidate())).containsExactly(Invitation.Kind.INVITATION);
    }

    @Test
    void badChangesAreRefusedAndChangeNothing() {
        Scheduled s = scheduled();
        String id = s.id();

        given().contentType(ContentType.JSON).body(Map.of("interviewers", List.of())).when().patch("/api/interviews/" + id)
                .then().statusCode(400).body("errors.field", hasItem("interviewers"));
        given().contentType(ContentType.JSON).body(Map.of("title", "  ")).when().patch("/api/interviews/" + id)
                .then().statusCode(400).body("errors.field", hasItem("title"));
        given().contentType(ContentType.JSON).body(Map.of("interviewers",
                        List.of(Map.of("name", "Cora", "email", s.candidate()))))
                .when().patch("/api/interviews/" + id)
                .then().statusCode(400).body("errors.field", hasItem("interviewers[0].email"));
        given().contentType(ContentType.JSON).body(Map.of("interviewers", List.of(s.panel().get(0), s.panel().get(0))))
                .when().patch("/api/interviews/" + id)
                .then().statusCode(400).body("errors.field", hasItem("interviewers[1].email"));
        String ivan = s.panel().get(0).get("name").split(" ")[0];
        given().contentType(ContentType.JSON).body(Map.of("title", "Engineer with " + ivan)).when().patch("/api/interviews/" + id)
                .then().statusCode(400).body("errors.field", hasItem("title"));
        given().contentType(ContentType.JSON).body(Map.of("interviewers", List.of(Map.of("name", "No Mail"))))
                .when().patch("/api/interviews/" + id)
                .then().statusCode(400).body("errors.field", hasItem("interviewers[0].email"));

        JsonPath after = Interviews.get(id);
        assertThat(after.getString("title")).isEqualTo(s.interview().getString("title"));
        assertThat(after.getList("interviewers.email")).containsExactly(s.email(0), s.email(1));
        assertThat(after.getString("updatedAt")).isEqualTo(s.interview().getString("updatedAt"));
    }

    @Test
    void anAddedInterviewerWhoIsBusyIsAConflictUnlessAllowed() {
        Scheduled s = scheduled();
        Map<String, Object> other = Interviews.request();
        other.put("start", s.interview().getString("start"));
        Map<String, String> busy = ((List<Map<String, String>>) other.get("interviewers")).get(0);
        Interviews.settled(Interviews.schedule(other));
        List<Map<String, String>> panel = new ArrayList<>(s.panel());
        panel.add(busy);

        given().contentType(ContentType.JSON).body(Map.of("interviewers", panel)).when().patch("/api/interviews/" + s.id())
                .then().statusCode(409).body("conflicts.email", hasItem(busy.get("email")));
        assertThat(Interviews.get(s.id()).getList("interviewers")).hasSize(2);

        change(s.id(), Map.of("interviewers", panel, "allowConflicts", true), 202);
        assertThat(Interviews.settled(s.id()).getList("interviewers.email")).contains(busy.get("email"));
    }

    @Test
    void theEditPageChangesThePanelAndShowsErrorsByTheFields() {
        Scheduled s = scheduled();
        Document page = Jsoup.parse(given().get("/interviews/" + s.id() + "/edit").asString());
        assertThat(page.select("input#title").attr("value")).isEqualTo("Backend Engineer");
        assertThat(page.select("input[name=interviewerEmail]").eachAttr("value")).containsExactly(s.email(0), s.email(1), "");
        assertThat(page.select("textarea#interviewerNotes").text()).isEqualTo("Focus on system design.");

        var bad = Csrf.form().formParam("title", "").formParam("interviewerNotes", "")
                .formParam("interviewerName", "Ivan", "").formParam("interviewerEmail", "not-an-email", "")
                .when().post("/interviews/" + s.id() + "/edit");
        assertThat(bad.statusCode()).isEqualTo(400);
        Document errors = Jsoup.parse(bad.asString());
        assertThat(errors.select("#title").attr("aria-invalid")).isEqualTo("true");
        assertThat(errors.select("#interviewerEmail0").attr("aria-invalid")).isEqualTo("true");
        assertThat(errors.select(".error-summary").text()).contains("Role").contains("Interviewer 1's e-mail");
        assertThat(Interviews.get(s.id()).getString("title")).isEqualTo("Backend Engineer");

        Csrf.form().redirects().follow(false)
                .formParam("title", "Backend Engineer").formParam("interviewerNotes", "Focus on system design.")
                .formParam("interviewerName", s.panel().get(1).get("name"), "Nora Newcomer", "")
                .formParam("interviewerEmail", s.email(1), "nora." + s.id().substring(0, 8) + "@corp.example", "")
                .when().post("/interviews/" + s.id() + "/edit")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("?notice=changing"));
        assertThat(Interviews.settled(s.id()).getList("interviewers.name")).containsExactly(s.panel().get(1).get("name"), "Nora Newcomer");
        assertThat(mail(s.email(0))).containsExactly(Invitation.Kind.INVITATION, Invitation.Kind.CANCELLED);

        Csrf.form().redirects().follow(false)
                .formParam("title", "Backend Engineer").formParam("interviewerNotes", "Focus on system design.")
                .formParam("interviewerName", s.panel().get(1).get("name"), "Nora Newcomer")
                .formParam("interviewerEmail", s.email(1), "nora." + s.id().substring(0, 8) + "@corp.example")
                .when().post("/interviews/" + s.id() + "/edit")
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("?notice=unchanged"));
    }
}
