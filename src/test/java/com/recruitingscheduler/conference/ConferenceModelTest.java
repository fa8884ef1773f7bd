package com.recruitingscheduler.conference;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConferenceModelTest {

    private static final EntryPoint VIDEO = EntryPoint.video("https://meet.google.com/abc-defg-hij", "meet.google.com/abc-defg-hij");
    private static final EntryPoint PHONE = EntryPoint.phone("tel:+1-555-0100", "+1 555 0100", "123456", "US");
    private static final EntryPoint SIP = EntryPoint.sip("sip:12345678@altostrat.com", "12345678@altostrat.com");
    private static final EntryPoint MORE = EntryPoint.more("https://tel.meet/abc-defg-hij");

    private static ConferenceSolution conference(List<EntryPoint> entryPoints) {
        return new ConferenceSolution(SolutionType.HANGOUTS_MEET, "Google Meet", null, "abc-defg-hij", entryPoints, null, "sig");
    }

    @Test
    void acceptsAConferenceWithEveryKindOfEntryPoint() {
        ConferenceSolution conference = conference(List.of(VIDEO, PHONE, PHONE, SIP, MORE));
        assertThat(conference.video()).contains(VIDEO);
        assertThat(conference.entryPointsOf(EntryPointType.PHONE)).hasSize(2);
    }

    @Test
    void rejectsAConferenceWithoutEntryPoints() {
        assertThatThrownBy(() -> conference(List.of())).isInstanceOf(InvalidConferenceException.class)
                .hasMessageContaining("at least one entry point");
    }

    @Test
    void rejectsAConferenceWithOnlyAMoreEntryPoint() {
        assertThatThrownBy(() -> conference(List.of(MORE))).hasMessageContaining("only a 'more' entry point");
    }

    @Test
    void rejectsASecondVideoSipOrMoreEntryPoint() {
        assertThatThrownBy(() -> conference(List.of(VIDEO, VIDEO))).hasMessageContaining("at most one video");
        assertThatThrownBy(() -> conference(List.of(VIDEO, SIP, SIP))).hasMessageContaining("at most one sip");
        assertThatThrownBy(() -> conference(List.of(VIDEO, MORE, MORE))).hasMessageContaining("at most one more");
    }

    @Test
    void rejectsNotesOver2048Characters() {
        assertThat(new ConferenceSolution(SolutionType.HANGOUTS_MEET, null, null, null, List.of(VIDEO), "n".repeat(2048), null).notes())
                .hasSize(2048);
        assertThatThrownBy(() -> new ConferenceSolution(SolutionType.HANGOUTS_MEET, null, null, null, List.of(VIDEO),
                "n".repeat(2049), null)).hasMessageContaining("at most 2048");
    }

    @Test
    void rejectsAConferenceWithoutSolutionType() {
        assertThatThrownBy(() -> new ConferenceSolution(null, null, null, null, List.of(VIDEO), null, null))
                .hasMessageContaining("solution type");
    }

    @Test
    void requiresTheUriSchemeOfEachEntryPointType() {
        assertThatThrownBy(() -> EntryPoint.video("tel:+15550100", null)).hasMessageContaining("http: or https:");
        assertThatThrownBy(() -> EntryPoint.more("sip:a@b.c")).hasMessageContaining("http: or https:");
        assertThatThrownBy(() -> EntryPoint.phone("https://example.com", null, null, null)).hasMessageContaining("tel:");
        assertThatThrownBy(() -> EntryPoint.sip("https://example.com", null)).hasMessageContaining("sip:");
        assertThat(EntryPoint.video("http://video.example.com/x", null).uri()).startsWith("http:");
    }

    @Test
    void rejectsAMissingOrUnparseableUri() {
        assertThatThrownBy(() -> EntryPoint.video(" ", null)).hasMessageContaining("needs a URI");
        assertThatThrownBy(() -> EntryPoint.video("https://exa mple.com", null)).hasMessageContaining("not a valid URI");
    }

    @Test
    void limitsUriTo1300Characters() {
        String base = "https://meet.example.com/";
        assertThat(EntryPoint.video(base + "a".repeat(1300 - base.length()), null).uri()).hasSize(1300);
        assertThatThrownBy(() -> EntryPoint.video(base + "a".repeat(1301 - base.length()), null))
                .hasMessageContaining("at most 1300");
    }

    @Test
    void limitsLabelTo512AndCodesTo128Characters() {
        assertThatThrownBy(() -> EntryPoint.video("https://x.example", "l".repeat(513))).hasMessageContaining("label");
        String code = "1".repeat(129);
        assertThatThrownBy(() -> new EntryPoint(EntryPointType.PHONE, "tel:+1", null, code, null, null, null, null, null)).hasMessageContaining("pin");
        assertThatThrownBy(() -> new EntryPoint(EntryPointType.PHONE, "tel:+1", null, null, code, null, null, null, null)).hasMessageContaining("accessCode");
        assertThatThrownBy(() -> new EntryPoint(EntryPointType.PHONE, "tel:+1", null, null, null, code, null, null, null)).hasMessageContaining("meetingCode");
        assertThatThrownBy(() -> new EntryPoint(EntryPointType.PHONE, "tel:+1", null, null, null, null, code, null, null)).hasMessageContaining("passcode");
        assertThatThrownBy(() -> new EntryPoint(EntryPointType.PHONE, "tel:+1", null, null, null, null, null, code, null)).hasMessageContaining("password");
        assertThat(new EntryPoint(EntryPointType.PHONE, "tel:+1", "l".repeat(512), "1".repeat(128), null, null, null, null, null).pin()).hasSize(128);
    }

    @Test
    void onlyPhoneEntryPointsHaveARegionCode() {
        assertThatThrownBy(() -> new EntryPoint(EntryPointType.VIDEO, "https://x.example", null, null, null, null, null, null, "US"))
                .hasMessageContaining("region code");
    }

    @Test
    void knowsTheFourSolutionTypesAndThatOnlyGoogleMeetCanBeCreatedByTheApp() {
        assertThat(SolutionType.requireKey("hangoutsMeet")).isEqualTo(SolutionType.HANGOUTS_MEET);
        assertThat(SolutionType.requireKey("hangoutsMeet").canBeCreated()).isTrue();
        assertThat(SolutionType.requireKey("addOn").canBeCreated()).isFalse();
        assertThat(SolutionType.requireKey("eventHangout").canBeCreated()).isFalse();
        assertThat(SolutionType.requireKey("eventNamedHangout").canBeCreated()).isFalse();
        assertThatThrownBy(() -> SolutionType.requireKey("zoom")).hasMessageContaining("Unknown conference solution type");
        assertThatThrownBy(() -> CreateRequest.fresh(SolutionType.EVENT_HANGOUT)).hasMessageContaining("only hangoutsMeet");
    }

    @Test
    void freshCreateRequestsNeverReuseARequestId() {
        CreateRequest first = CreateRequest.fresh(SolutionType.HANGOUTS_MEET);
        CreateRequest second = CreateRequest.fresh(SolutionType.HANGOUTS_MEET);
        assertThat(first.requestId()).isNotBlank().isNotEqualTo(second.requestId());
        assertThatThrownBy(() -> new CreateRequest(" ", SolutionType.HANGOUTS_MEET, null)).hasMessageContaining("request id");
        assertThat(CreateRequest.Status.requireKey("pending")).isEqualTo(CreateRequest.Status.PENDING);
        assertThatThrownBy(() -> CreateRequest.Status.requireKey("done")).isInstanceOf(InvalidConferenceException.class);
    }

    @Test
    void conferenceDataReportsWhereGoogleStands() {
        CreateRequest pending = new CreateRequest("r1", SolutionType.HANGOUTS_MEET, CreateRequest.Status.PENDING);
        assertThat(ConferenceData.request(pending).status()).isEqualTo(CreateRequest.Status.PENDING);
        assertThat(ConferenceData.copyOf(conference(List.of(VIDEO)), "{}").status()).isEqualTo(CreateRequest.Status.SUCCESS);
        CreateRequest failed = new CreateRequest("r1", SolutionType.HANGOUTS_MEET, CreateRequest.Status.FAILURE);
        assertThat(ConferenceData.request(failed).status()).isEqualTo(CreateRequest.Status.FAILURE);
    }
}
