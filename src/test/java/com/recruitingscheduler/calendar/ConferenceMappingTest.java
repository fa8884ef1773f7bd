package com.recruitingscheduler.calendar;

import com.google.api.services.calendar.model.ConferenceRequestStatus;
import com.google.api.services.calendar.model.ConferenceSolutionKey;
import com.google.api.services.calendar.model.CreateConferenceRequest;
import com.recruitingscheduler.conference.ConferenceData;
import com.recruitingscheduler.conference.ConferenceSolution;
import com.recruitingscheduler.conference.CreateRequest;
import com.recruitingscheduler.conference.EntryPoint;
import com.recruitingscheduler.conference.EntryPointType;
import com.recruitingscheduler.conference.InvalidConferenceException;
import com.recruitingscheduler.conference.SolutionType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The round trip between this app's conference model and the generated client's model classes. */
class ConferenceMappingTest {

    private static final ConferenceSolution MEET = new ConferenceSolution(SolutionType.HANGOUTS_MEET, "Google Meet",
            "https://icons.example/meet.png", "abc-defg-hij",
            List.of(EntryPoint.video("https://meet.google.com/abc-defg-hij", "meet.google.com/abc-defg-hij"),
                    EntryPoint.phone("tel:+1-555-0100", "+1 555 0100", "123456#", "US"),
                    new EntryPoint(EntryPointType.SIP, "sip:123@altostrat.com", "123@altostrat.com", null, "77", "m1", "p1", "pw", null),
                    EntryPoint.more("https://tel.meet/abc-defg-hij?pin=1")),
            "<b>Dial in</b>", "signature-123");

    /** Google's conference data for {@link #MEET}, with a field no client models yet and a succeeded request. */
    private static com.google.api.services.calendar.model.ConferenceData fromGoogle() {
        var google = new com.google.api.services.calendar.model.ConferenceData()
                .setConferenceSolution(new com.google.api.services.calendar.model.ConferenceSolution()
                        .setKey(new ConferenceSolutionKey().setType("hangoutsMeet")).setName("Google Meet")
                        .setIconUri("https://icons.example/meet.png"))
                .setConferenceId("abc-defg-hij")
                .setEntryPoints(MEET.entryPoints().stream().map(e -> new com.google.api.services.calendar.model.EntryPoint()
                        .setEntryPointType(e.type().key()).setUri(e.uri()).setLabel(e.label()).setPin(e.pin())
                        .setAccessCode(e.accessCode()).setMeetingCode(e.meetingCode()).setPasscode(e.passcode())
                        .setPassword(e.password()).setRegionCode(e.regionCode())).toList())
                .setNotes("<b>Dial in</b>").setSignature("signature-123")
                .setCreateRequest(new CreateConferenceRequest().setRequestId("req-9")
                        .setConferenceSolutionKey(new ConferenceSolutionKey().setType("hangoutsMeet"))
                        .setStatus(new ConferenceRequestStatus().setStatusCode("success")));
        google.getEntryPoints().get(1).setEntryPointFeatures(List.of("toll"));
        google.set("futureField", java.util.Map.of("kept", "verbatim"));
        return google;
    }

    @Test
    void aCopyIsGooglesConferenceVerbatimLessItsCreateRequest() throws java.io.IOException {
        ConferenceData read = ConferenceMapping.fromGoogle(fromGoogle());
        assertThat(read.solution()).isEqualTo(MEET);
        assertThat(read.verbatim()).contains("futureField").contains("entryPointFeatures");

        var copy = ConferenceMapping.toGoogle(ConferenceData.copyOf(read.solution(), read.verbatim()));

        assertThat(copy.getCreateRequest()).isNull();
        assertThat(copy.getSignature()).isEqualTo("signature-123");
        assertThat(copy.get("futureField")).isNotNull();
        assertThat(copy.getEntryPoints().get(1).getEntryPointFeatures()).containsExactly("toll");
        var expected = fromGoogle();
        expected.setCreateRequest(null);
        var json = com.google.api.client.json.gson.GsonFactory.getDefaultInstance();
        assertThat(json.toString(copy)).isEqualTo(json.toString(expected));
        assertThat(ConferenceMapping.fromGoogle(copy).solution()).isEqualTo(MEET);
    }

    @Test
    void aConferenceCannotBeCopiedWithoutGooglesOwnData() {
        assertThatThrownBy(() -> ConferenceData.copyOf(MEET, null)).isInstanceOf(InvalidConferenceException.class);
    }

    @Test
    void aCreateRequestSurvivesTheRoundTrip() {
        CreateRequest request = new CreateRequest("req-1", SolutionType.HANGOUTS_MEET, CreateRequest.Status.PENDING);
        var google = ConferenceMapping.toGoogle(ConferenceData.request(request));

        assertThat(google.getCreateRequest().getRequestId()).isEqualTo("req-1");
        assertThat(google.getCreateRequest().getConferenceSolutionKey().getType()).isEqualTo("hangoutsMeet");
        assertThat(google.getEntryPoints()).isNull();
        assertThat(ConferenceMapping.fromGoogle(google)).isEqualTo(ConferenceData.request(request));
    }

    @Test
    void readsASucceededRequestAsRequestAndConference() {
        ConferenceData data = ConferenceMapping.fromGoogle(fromGoogle());

        assertThat(data.status()).isEqualTo(CreateRequest.Status.SUCCESS);
        assertThat(data.solution().conferenceId()).isEqualTo("abc-defg-hij");
    }

    @Test
    void refusesConferenceDataThatBreaksGooglesRules() {
        var google = fromGoogle();
        google.setEntryPoints(List.of(new com.google.api.services.calendar.model.EntryPoint()
                .setEntryPointType("more").setUri("https://tel.meet/x")));

        assertThatThrownBy(() -> ConferenceMapping.fromGoogle(google)).isInstanceOf(InvalidConferenceException.class);
    }

    @Test
    void noConferenceDataReadsAsNone() {
        assertThat(ConferenceMapping.fromGoogle((com.google.api.services.calendar.model.ConferenceData) null)).isNull();
        assertThat(ConferenceMapping.fromGoogle(new com.google.api.services.calendar.model.ConferenceData())).isNull();
    }
}
