package com.recruitingscheduler.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.recruitingscheduler.sandbox.calendar.Invitation;
import com.recruitingscheduler.sandbox.calendar.SandboxCalendar;
import com.recruitingscheduler.support.Interviews;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate's invitation never names an interviewer: across many generated interviews (random names, e-mails,
 * panel sizes, and notes that do name the panel), no field of the candidate's event and no e-mail the candidate
 * receives contains an interviewer's name or e-mail.
 */
@QuarkusTest
class CandidatePrivacyTest {

    private static final String[] FIRST = {"Alex", "Maria", "Chen", "Fatima", "Olu", "Sven", "Priya", "Diego", "Yuki", "Noor"};
    private static final String[] LAST = {"Kim", "Garcia", "Okafor", "Novak", "Singh", "Haddad", "Larsen", "Ito", "Silva", "Moreau"};
    private static final String[] ROLES = {"Backend Engineer", "Data Scientist", "Product Designer", "SRE", "Account Executive"};
    private static final String[] ZONES = {"Europe/Paris", "America/New_York", "Asia/Tokyo", "Australia/Sydney", "UTC"};

    @Inject
    SandboxCalendar sandbox;

    @Test
    void aTitleNamingAnInterviewerByFirstOrLastNameIsRefusedButAWordThatMerelyContainsANameIsNot() {
        assertThat(titleStatus("Chat with Omar", "Omar Haddad")).isEqualTo(400);
        assertThat(titleStatus("Haddad's design round", "Omar Haddad")).isEqualTo(400);
        assertThat(titleStatus("Chat with OMAR", "omar haddad")).isEqualTo(400);
        assertThat(titleStatus("Planning Analyst", "Ann Lee")).isEqualTo(202);
        assertThat(titleStatus("Leeway review", "Ann Lee")).isEqualTo(202);
        assertThat(titleStatus("Backend Engineer", "Ann Lee")).isEqualTo(202);
    }

    private static int titleStatus(String title, String interviewerName) {
        Map<String, Object> request = Interviews.request();
        request.put("title", title);
        request.put("interviewers", List.of(Map.of("name", interviewerName, "email", "panel-" + java.util.UUID.randomUUID()
                + "@corp.example")));
        io.restassured.response.Response response = io.restassured.RestAssured.given().contentType("application/json")
                .body(request).post("/api/interviews");
        if (response.statusCode() == 400) {
            assertThat(response.jsonPath().getList("errors.field")).containsExactly("title");
        }
        return response.statusCode();
    }

    @Test
    void noFieldOfTheCandidatesEventNamesAnInterviewer() {
        Random random = new Random(20261122);
        List<Map<String, Object>> requests = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Map<String, Object> request = generated(random, i);
            requests.add(request);
            ids.add(Interviews.schedule(request));
        }
        for (int i = 0; i < ids.size(); i++) {
            JsonPath interview = Interviews.settled(ids.get(i));
            assertThat(interview.getString("status")).isEqualTo("SCHEDULED");
            ObjectNode event = sandbox.event(interview.getString("candidateEventId")).orElseThrow();
            List<String> fields = new ArrayList<>(List.of(event.path("summary").asText(), event.path("description").asText(),
                    event.path("location").asText(), event.path("attendees").toString(), event.path("extendedProperties").toString(),
                    event.toString()));
            @SuppressWarnings("unchecked")
            Map<String, String> candidate = (Map<String, String>) requests.get(i).get("candidate");
            for (Invitation mail : sandbox.inbox(candidate.get("email"))) {
                fields.add(mail.event().toString());
            }
            @SuppressWarnings("unchecked")
            List<Map<String, String>> panel = (List<Map<String, String>>) requests.get(i).get("interviewers");
            for (String field : fields) {
                String text = field.toLowerCase(Locale.ROOT);
                for (Map<String, String> interviewer : panel) {
                    assertThat(text).as("interview %d", i)
                            .doesNotContain(interviewer.get("name").toLowerCase(Locale.ROOT))
                            .doesNotContain(interviewer.get("email").toLowerCase(Locale.ROOT));
                }
            }
            assertThat(event.path("attendees")).hasSize(1);
            assertThat(event.path("guestsCanSeeOtherGuests").asBoolean()).isFalse();
        }
    }

    private static Map<String, Object> generated(Random random, int i) {
        String candidateName = pick(random, FIRST) + " " + pick(random, LAST) + " C" + i;
        List<Map<String, String>> panel = new ArrayList<>();
        StringBuilder notes = new StringBuilder("Panel: ");
        int size = 1 + random.nextInt(8);
        for (int p = 0; p < size; p++) {
            String name = pick(random, FIRST) + " " + pick(random, LAST) + " P" + i + "x" + p;
            String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@corp" + random.nextInt(5) + ".example";
            panel.add(Map.of("name", name, "email", email));
            notes.append(name).append(" <").append(email).append(">, ");
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", pick(random, ROLES));
        request.put("candidate", Map.of("name", candidateName,
                "email", "cand" + i + "-" + random.nextInt(100000) + "@candidates.example", "timeZone", pick(random, ZONES)));
        request.put("interviewers", panel);
        request.put("start", Instant.now().plus(2 + random.nextInt(30), ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString());
        request.put("durationMinutes", 15 + 15 * random.nextInt(8));
        request.put("interviewerNotes", notes.toString());
        request.put("recruiterTimeZone", pick(random, ZONES));
        // about privacy, not about finding a time: the start is now's time of day, inside someone's hours or not
        request.put("allowConflicts", true);
        return request;
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
