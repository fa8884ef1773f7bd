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

    @Test
    void aConferenceSurvivesTheRoundTripWithEveryFieldIncludingTheSignature() {
        var google = ConferenceMapping.toGoogle(ConferenceData.copyOf(MEET));

        assertThat(google.getSignature()).isEqualTo("signature-123");
        assertThat(google.getConferenceSolution().getKey().getType()).isEqualTo("hangoutsMeet");
        assertThat(google.getEntryPoints()).extracting(e -> e.getEntryPointType()).containsExactly("video", "phone", "sip", "more");
        assertThat(google.getCreateRequest()).isNull();

        ConferenceData back = ConferenceMapping.fromGoogle(google);
        assertThat(back.solution()).isEqualTo(MEET);
    }

    @Test
    void aCreateRequestSurvivesTheRoundTrip() {
        CreateRequest request = new CreateRequest("req-1", SolutionType.ADD_ON, CreateRequest.Status.PENDING);
        var google = ConferenceMapping.toGoogle(ConferenceData.request(request));

        assertThat(google.getCreateRequest().getRequestId()).isEqualTo("req-1");
        assertThat(google.getCreateRequest().getConferenceSolutionKey().getType()).isEqualTo("addOn");
        assertThat(google.getEntryPoints()).isNull();
        assertThat(ConferenceMapping.fromGoogle(google)).isEqualTo(ConferenceData.request(request));
    }

    @Test
    void readsASucceededRequestAsRequestAndConference() {
        var google = ConferenceMapping.toGoogle(ConferenceData.copyOf(MEET));
        google.setCreateRequest(new CreateConferenceRequest().setRequestId("req-2")
                .setConferenceSolutionKey(new ConferenceSolutionKey().setType("hangoutsMeet"))
                .setStatus(new ConferenceRequestStatus().setStatusCode("success")));

        ConferenceData data = ConferenceMapping.fromGoogle(google);

        assertThat(data.status()).isEqualTo(CreateRequest.Status.SUCCESS);
        assertThat(data.solution().conferenceId()).isEqualTo("abc-defg-hij");
    }

    @Test
    void refusesConferenceDataThatBreaksGooglesRules() {
        var google = ConferenceMapping.toGoogle(ConferenceData.copyOf(MEET));
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
