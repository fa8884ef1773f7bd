package com.recruitingscheduler.calendar;

import com.recruitingscheduler.sandbox.control.SandboxStats;
import com.recruitingscheduler.sandbox.oauth.SandboxTokens;
import com.recruitingscheduler.support.Interviews;
import com.recruitingscheduler.support.ServiceAccountKey;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Google mode end to end: a service-account key file whose {@code token_uri} is the sandbox's token endpoint, the
 * Google auth library signing a JWT that impersonates the organizer, and the bearer token it gets on every call.
 */
@QuarkusTest
@TestProfile(GoogleModeTest.ServiceAccountAgainstSandbox.class)
class GoogleModeTest {

    static final int PORT = 18089;
    static final String ORGANIZER = "recruiting@corp.example";

    public static class ServiceAccountAgainstSandbox implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.test-port", String.valueOf(PORT),
                    "recruiting.calendar.mode", "google",
                    "recruiting.calendar.credentials", ServiceAccountKey.write("http://localhost:" + PORT + "/sandbox/oauth2/token").toString(),
                    "recruiting.calendar.organizer", ORGANIZER,
                    "recruiting.calendar.root-url", "http://localhost:" + PORT + "/sandbox/",
                    "recruiting.sandbox.enabled", "true");
        }
    }

    @Inject
    SandboxTokens tokens;

    @Inject
    SandboxStats stats;

    @Test
    void schedulesWithServiceAccountCredentialsImpersonatingTheOrganizer() {
        String id = Interviews.schedule(Interviews.request());

        assertThat(Interviews.settled(id).getString("status")).isEqualTo("SCHEDULED");
        assertThat(tokens.grants()).isNotEmpty().allSatisfy(grant -> {
            assertThat(grant.issuer()).isEqualTo(ServiceAccountKey.CLIENT_EMAIL);
            assertThat(grant.subject()).isEqualTo(ORGANIZER);
            assertThat(grant.scope()).contains("https://www.googleapis.com/auth/calendar");
        });
        // Google charges the per-user quota to the quotaUser each call names: the organizer, on every call.
        assertThat(stats.callsByQuotaUser()).containsOnlyKeys(ORGANIZER);
        assertThat(stats.callsByQuotaUser().get(ORGANIZER)).isGreaterThanOrEqualTo(4); // two inserts, two invitations
    }
}
