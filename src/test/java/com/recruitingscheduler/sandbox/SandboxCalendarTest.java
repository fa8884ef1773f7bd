package com.recruitingscheduler.sandbox;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.ConferenceData;
import com.google.api.services.calendar.model.ConferenceSolutionKey;
import com.google.api.services.calendar.model.CreateConferenceRequest;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import com.recruitingscheduler.support.GoogleSide;
import com.recruitingscheduler.support.Sandbox;
import com.recruitingscheduler.support.ServiceAccountKey;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The sandbox's Calendar semantics, exercised with the real generated client over HTTP (gzip bodies and all). */
@QuarkusTest
class SandboxCalendarTest {

    @TestHTTPResource("/sandbox/")
    URL sandboxRoot;

    Calendar client;

    @BeforeEach
    void client() {
        String token = GoogleSide.token(GoogleSide.ORGANIZER);
        client = new Calendar.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                request -> request.getHeaders().setAuthorization("Bearer " + token))
                .setRootUrl(sandboxRoot.toString())
                .setApplicationName("sandbox-test")
                .build();
    }

    @AfterEach
    void reset() {
        Sandbox.reset();
    }

    @Test
    void reportsTheConferenceTypesTheCalendarAllows() throws IOException {
        var calendar = client.calendars().get("primary").execute();
        assertThat(calendar.getConferenceProperties().getAllowedConferenceSolutionTypes()).contains("hangoutsMeet");
    }

    @Test
    void ignoresConferenceDataWithoutConferenceDataVersion1() throws IOException {
        Event created = client.events().insert("primary", event(null).setConferenceData(createRequest("r-" + UUID.randomUUID())))
                .execute();
        assertThat(created.getConferenceData()).isNull();
    }

    @Test
    void createsTheConferenceAsynchronouslyThenSignsIt() throws IOException {
        Sandbox.configure(Map.of("conferencePendingReads", 2, "conferenceSuccessAtOnceRate", 0));
        Event created = client.events().insert("primary", event(null).setConferenceData(createRequest("r-" + UUID.randomUUID())))
                .setConferenceDataVersion(1).execute();
        assertThat(status(created)).isEqualTo("pending");
        assertThat(created.getConferenceData().getSignature()).isNull();

        assertThat(status(get(created))).isEqualTo("pending");
        assertThat(status(get(created))).isEqualTo("pending");
        Event ready = get(created);

        ConferenceData data = ready.getConferenceData();
        assertThat(status(ready)).isEqualTo("success");
        assertThat(data.getConferenceId()).matches("[a-z]{3}-[a-z]{4}-[a-z]{3}");
        assertThat(data.getConferenceSolution().getName()).isEqualTo("Google Meet");
        assertThat(data.getConferenceSolution().getIconUri()).endsWith("/icons/meet.svg");
        assertThat(data.getEntryPoints()).extracting(e -> e.getEntryPointType()).containsExactly("video", "phone", "more");
        assertThat(data.getEntryPoints().get(1).getPin()).isNotBlank();
        assertThat(data.getSignature()).isNotBlank();
        assertThat(ready.getHangoutLink()).isEqualTo("https://meet.google.com/" + data.getConferenceId());
    }

    @Test
    void endsASharePerConfigurationOfRequestsInFailure() throws IOException {
        Sandbox.configure(Map.of("conferencePendingReads", 0, "conferenceFailureRate", 1.0));
        Event created = client.events().insert("primary", event(null).setConferenceData(createRequest("r-" + UUID.randomUUID())))
                .setConferenceDataVersion(1).execute();
        assertThat(status(created)).isEqualTo("failure");
        assertThat(created.getConferenceData().getEntryPoints()).isNull();
        assertThat(created.getConferenceData().getSignature()).isNull();
    }

    @Test
    void ignoresAReusedRequestIdAndHonoursANewOne() throws IOException {
        Sandbox.configure(Map.of("conferencePendingReads", 0));
        String requestId = "r-" + UUID.randomUUID();
        Event created = client.events().insert("primary", event(null).setConferenceData(createRequest(requestId)))
                .setConferenceDataVersion(1).execute();
        String firstConference = created.getConferenceData().getConferenceId();

        Event same = client.events().patch("primary", created.getId(), new Event().setConferenceData(createRequest(requestId)))
                .setConferenceDataVersion(1).execute();
        assertThat(same.getConferenceData().getConferenceId()).isEqualTo(firstConference);

        Event renewed = client.events().patch("primary", created.getId(), new Event().setConferenceData(createRequest("r-" + UUID.randomUUID())))
                .setConferenceDataVersion(1).execute();
        assertThat(renewed.getConferenceData().getConferenceId()).isNotEqualTo(firstConference);
    }

    @Test
    void refusesToCreateAnAddOnConferenceEvenWhereTheCalendarListsAddOns() {
        Sandbox.configure(Map.of("allowedSolutionTypes", List.of("hangoutsMeet", "addOn")));
        Event event = event(null).setConferenceData(new ConferenceData().setCreateRequest(new CreateConferenceRequest()
                .setRequestId("r-" + UUID.randomUUID()).setConferenceSolutionKey(new ConferenceSolutionKey().setType("addOn"))));
        assertThatThrownBy(() -> client.events().insert("primary", event).setConferenceDataVersion(1).execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getDetails().getMessage()).isEqualTo("Invalid conference type value.");
                });
    }

    @Test
    void keepsACopiedConferenceOnlyWhenItsSignatureVerifies() throws IOException {
        Sandbox.configure(Map.of("conferencePendingReads", 0));
        Event source = client.events().insert("primary", event(null).setConferenceData(createRequest("r-" + UUID.randomUUID())))
                .setConferenceDataVersion(1).execute();
        ConferenceData signed = source.getConferenceData().clone().setCreateRequest(null);

        Event copy = client.events().insert("primary", event(null).setConferenceData(signed)).setConferenceDataVersion(1).execute();
        assertThat(copy.getConferenceData().getConferenceId()).isEqualTo(source.getConferenceData().getConferenceId());

        String signature = signed.getSignature();
        ConferenceData tampered = signed.clone().setSignature((signature.startsWith("x") ? "y" : "x") + signature.substring(1));
        Event dropped = client.events().insert("primary", event(null).setConferenceData(tampered)).setConferenceDataVersion(1).execute();
        assertThat(dropped.getConferenceData()).isNull();

        ConferenceData altered = signed.clone().setNotes("Different notes");
        Event alsoDropped = client.events().insert("primary", event(null).setConferenceData(altered)).setConferenceDataVersion(1).execute();
        assertThat(alsoDropped.getConferenceData()).isNull();
    }

    @Test
    void aCopyMustCarryEveryFieldGoogleSentEvenOnesNoClientKnows() throws IOException {
        Sandbox.configure(Map.of("conferencePendingReads", 0, "conferenceUnknownField", true));
        Event source = client.events().insert("primary", event(null).setConferenceData(createRequest("r-" + UUID.randomUUID())))
                .setConferenceDataVersion(1).execute();
        ConferenceData signed = source.getConferenceData().clone().setCreateRequest(null);
        assertThat(signed.get("sandboxFutureField")).as("the generated model keeps unknown fields").isNotNull();
        assertThat(signed.getEntryPoints().get(1).getEntryPointFeatures()).containsExactly("toll");

        Event verbatim = client.events().insert("primary", event(null).setConferenceData(signed)).setConferenceDataVersion(1).execute();
        assertThat(verbatim.getConferenceData().getConferenceId()).isEqualTo(source.getConferenceData().getConferenceId());
        assertThat(verbatim.getConferenceData().get("sandboxFutureField")).isNotNull();

        ConferenceData rebuilt = signed.clone();
        rebuilt.remove("sandboxFutureField");
        Event dropped = client.events().insert("primary", event(null).setConferenceData(rebuilt)).setConferenceDataVersion(1).execute();
        assertThat(dropped.getConferenceData()).as("a copy rebuilt from known fields loses the signature").isNull();
    }

    @Test
    void decidesAShareOfCreateRequestsInTheInsertsOwnAnswer() throws IOException {
        Sandbox.configure(Map.of("conferencePendingReads", 3, "conferenceSuccessAtOnceRate", 1.0));
        Event created = client.events().insert("primary", event(null).setConferenceData(createRequest("r-" + UUID.randomUUID())))
                .setConferenceDataVersion(1).execute();
        assertThat(status(created)).isEqualTo("success");
        assertThat(created.getConferenceData().getSignature()).isNotBlank();
    }

    @Test
    void acceptsOnlyTokensItIssuedAndWithoutDelegationNeitherConferencesNorGuests() throws IOException {
        given().header("Authorization", "Bearer made-up").when().get("/sandbox/calendar/v3/calendars/primary")
                .then().statusCode(401).body("error.errors[0].reason", equalTo("authError"));

        String plain = GoogleSide.token(null);
        Calendar undelegated = new Calendar.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                request -> request.getHeaders().setAuthorization("Bearer " + plain)).setRootUrl(sandboxRoot.toString()).build();
        assertThatThrownBy(() -> undelegated.events().insert("primary", event(null).setConferenceData(createRequest("r-" + UUID.randomUUID())))
                .setConferenceDataVersion(1).execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class, e -> assertThat(e.getDetails().getMessage())
                        .isEqualTo("Invalid conference type value."));
        assertGoogleError(() -> undelegated.events().insert("primary", event(null)
                .setAttendees(List.of(new EventAttendee().setEmail("guest@example.com")))).execute(), 403, "forbiddenForServiceAccounts");
        assertThat(undelegated.events().insert("primary", event(null)).execute().getId()).isNotBlank();
    }

    @Test
    void refusesImpersonationWhenDelegationIsNotGranted() {
        String signed = GoogleSide.assertion("o@corp.example");
        Sandbox.configure(Map.of("delegationGranted", false));
        GoogleSide.exchange(null, signed).then().statusCode(401).body("error", equalTo("unauthorized_client"));
    }

    @Test
    void refusesAnAssertionNotSignedByAKeyOfTheServiceAccountItNames() {
        String signed = GoogleSide.assertion(GoogleSide.ORGANIZER);
        String[] parts = signed.split("\\.");
        java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        // the claims of a real assertion, another subject written in: the signature no longer matches
        String otherSubject = base64.encodeToString(claims.replace(GoogleSide.ORGANIZER, "ceo@corp.example").getBytes(StandardCharsets.UTF_8));
        GoogleSide.exchange(null, parts[0] + "." + otherSubject + "." + parts[2])
                .then().statusCode(400).body("error", equalTo("invalid_grant")).body("error_description", equalTo("Invalid JWT Signature."));
        // unsigned ("alg": "none"), and signed by a key the sandbox was never given
        GoogleSide.exchange(null, base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".")
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
        String stranger = ServiceAccountKey.json("http://localhost/token");
        GoogleSide.exchange(null, ServiceAccountKey.assertion(stranger, GoogleSide.ORGANIZER))
                .then().statusCode(400).body("error", equalTo("invalid_grant"));
        // the real one still works
        GoogleSide.exchange(null, signed).then().statusCode(200).body("access_token", org.hamcrest.Matchers.startsWith("ya29."));
    }

    @Test
    void listsEventsPageByPage() throws IOException {
        String tag = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            client.events().insert("primary", event(null).setSummary("Paged " + tag)).execute();
        }
        List<String> seen = new java.util.ArrayList<>();
        String page = null;
        int pages = 0;
        do {
            var result = client.events().list("primary").setMaxResults(2).setPageToken(page).execute();
            result.getItems().stream().filter(e -> e.getSummary().equals("Paged " + tag)).forEach(e -> seen.add(e.getId()));
            assertThat(result.getItems().size()).isLessThanOrEqualTo(2);
            page = result.getNextPageToken();
            pages++;
        } while (page != null);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void answersFreeBusyFromItsEvents() throws IOException {
        String person = "busy-" + UUID.randomUUID() + "@corp.example";
        Event busy = client.events().insert("primary", event(null).setAttendees(List.of(new EventAttendee().setEmail(person)))).execute();
        client.events().insert("primary", event(null).setTransparency("transparent")
                .setAttendees(List.of(new EventAttendee().setEmail(person)))).execute();
        var answer = client.freebusy().query(new com.google.api.services.calendar.model.FreeBusyRequest()
                .setTimeMin(new DateTime(Instant.now().toEpochMilli()))
                .setTimeMax(new DateTime(Instant.now().plus(2, ChronoUnit.DAYS).toEpochMilli()))
                .setItems(List.of(new com.google.api.services.calendar.model.FreeBusyRequestItem().setId(person),
                        new com.google.api.services.calendar.model.FreeBusyRequestItem().setId("free-" + person)))).execute();
        var periods = answer.getCalendars().get(person).getBusy();
        assertThat(periods).hasSize(1);
        assertThat(periods.get(0).getStart().getValue()).isEqualTo(busy.getStart().getDateTime().getValue());
        assertThat(answer.getCalendars().get("free-" + person).getBusy()).isEmpty();
    }

    @Test
    void answersInGooglesJsonFormatEvenForPathsItDoesNotHave() {
        GoogleSide.asOrganizer().when().get("/sandbox/calendar/v3/no/such/thing")
                .then().statusCode(404).contentType("application/json").body("error.code", equalTo(404));
    }

    @Test
    void isReachableAtTheRootPathGooglesOwnLibrariesUse() throws IOException {
        String token = GoogleSide.token(GoogleSide.ORGANIZER);
        Calendar atRoot = new Calendar.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                request -> request.getHeaders().setAuthorization("Bearer " + token))
                .setRootUrl(sandboxRoot.toString().replace("/sandbox/", "/")).build();
        Event created = atRoot.events().insert("primary", event(null).setSummary("Via the root")).execute();
        assertThat(atRoot.events().get("primary", created.getId()).execute().getSummary()).isEqualTo("Via the root");
        assertThat(atRoot.events().list("primary").setMaxResults(1).execute().getItems()).hasSize(1);
    }

    @Test
    void clientChosenIdsAreBase32HexAndUniqueEvenAfterDeletion() throws IOException {
        String id = "rs" + UUID.randomUUID().toString().replace("-", "");
        Event created = client.events().insert("primary", event(id)).execute();
        assertThat(created.getId()).isEqualTo(id);

        assertGoogleError(() -> client.events().insert("primary", event(id)).execute(), 409, "duplicate");
        assertGoogleError(() -> client.events().insert("primary", event("Has_Upper")).execute(), 400, "invalid");
        assertGoogleError(() -> client.events().insert("primary", event("abcd")).execute(), 400, "invalid");
        assertGoogleError(() -> client.events().insert("primary", event("wxyz12345")).execute(), 400, "invalid");

        client.events().delete("primary", id).setSendUpdates("all").execute();
        assertThat(client.events().get("primary", id).execute().getStatus()).isEqualTo("cancelled");
        assertGoogleError(() -> client.events().insert("primary", event(id)).execute(), 409, "duplicate");
        assertGoogleError(() -> client.events().delete("primary", id).execute(), 410, "deleted");
        assertGoogleError(() -> client.events().get("primary", "nosuchevent").execute(), 404, "notFound");
    }

    @Test
    void updateWithVersion1AndNoConferenceRemovesTheConference() throws IOException {
        Sandbox.configure(Map.of("conferencePendingReads", 0));
        Event created = client.events().insert("primary", event(null).setConferenceData(createRequest("r-" + UUID.randomUUID())))
                .setConferenceDataVersion(1).execute();
        Event updated = client.events().update("primary", created.getId(), event(null).setSummary("Renamed"))
                .setConferenceDataVersion(1).execute();
        assertThat(updated.getSummary()).isEqualTo("Renamed");
        assertThat(updated.getConferenceData()).isNull();
    }

    @Test
    void anUpdateNamingAnOldEtagIsRefusedWith412() throws IOException {
        Event created = client.events().insert("primary", event(null)).execute();
        Event renamed = client.events().update("primary", created.getId(), created.clone().setSummary("Renamed")).execute();
        assertThat(renamed.getEtag()).isNotEqualTo(created.getEtag());

        var stale = client.events().update("primary", created.getId(), created.clone().setSummary("Stale"));
        stale.getRequestHeaders().setIfMatch(created.getEtag());
        assertThatThrownBy(stale::execute).isInstanceOfSatisfying(GoogleJsonResponseException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(412);
            assertThat(e.getDetails().getErrors().get(0).getReason()).isEqualTo("conditionNotMet");
        });
        var current = client.events().update("primary", created.getId(), renamed.clone().setSummary("Current"));
        current.getRequestHeaders().setIfMatch(renamed.getEtag());
        assertThat(current.execute().getSummary()).isEqualTo("Current");
    }

    @Test
    void acceptsGzipCompressedBodiesAsGoogleDoes() throws IOException {
        String body = "{\"summary\":\"Gzipped\",\"start\":{\"dateTime\":\"2030-01-01T10:00:00Z\"},\"end\":{\"dateTime\":\"2030-01-01T11:00:00Z\"}}";
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(body.getBytes(StandardCharsets.UTF_8));
        }
        GoogleSide.asOrganizer().header("Content-Encoding", "gzip").contentType("application/json")
                .body(zipped.toByteArray())
                .when().post("/sandbox/calendar/v3/calendars/primary/events")
                .then().statusCode(200).body("summary", equalTo("Gzipped"));
    }

    @Test
    void answersPatchSentAsARealHttpPatchToo() throws IOException {
        Event created = client.events().insert("primary", event(null)).execute();
        GoogleSide.asOrganizer().contentType("application/json").body("{\"summary\":\"Patched\"}")
                .when().patch("/sandbox/calendar/v3/calendars/primary/events/" + created.getId())
                .then().statusCode(200).body("summary", equalTo("Patched")).body("description", equalTo("A test event"));
    }

    @Test
    void asksForABearerTokenAsGoogleDoes() {
        given().header("Authorization", "").when().get("/sandbox/calendar/v3/calendars/primary")
                .then().statusCode(401).body("error.errors.reason", hasItem("authError"));
    }

    @Test
    void theInboxShowsWhatEachGuestReceived() throws IOException {
        String guest = "guest-" + UUID.randomUUID() + "@example.com";
        client.events().insert("primary", event(null).setSummary("Inbox check")
                        .setAttendees(List.of(new EventAttendee().setEmail(guest))))
                .setSendUpdates("all").execute();
        Sandbox.control().queryParam("email", guest).when().get("/sandbox/inbox")
                .then().statusCode(200).body(org.hamcrest.Matchers.containsString("Invitation: Inbox check"));
    }

    private Event get(Event event) throws IOException {
        return client.events().get("primary", event.getId()).execute();
    }

    private static String status(Event event) {
        return event.getConferenceData().getCreateRequest().getStatus().getStatusCode();
    }

    private static ConferenceData createRequest(String requestId) {
        return new ConferenceData().setCreateRequest(new CreateConferenceRequest().setRequestId(requestId)
                .setConferenceSolutionKey(new ConferenceSolutionKey().setType("hangoutsMeet")));
    }

    private static Event event(String id) {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
        return new Event().setId(id).setSummary("Test event").setDescription("A test event")
                .setStart(new EventDateTime().setDateTime(new DateTime(start.toEpochMilli())).setTimeZone("UTC"))
                .setEnd(new EventDateTime().setDateTime(new DateTime(start.plusSeconds(1800).toEpochMilli())).setTimeZone("UTC"));
    }

    private interface GoogleCall {
        Object run() throws IOException;
    }

    private static void assertGoogleError(GoogleCall call, int status, String reason) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(GoogleJsonResponseException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(status);
            assertThat(e.getDetails().getErrors().get(0).getReason()).isEqualTo(reason);
        });
    }
}
