package com.recruitingscheduler.calendar;

import com.recruitingscheduler.support.Interviews;
import com.recruitingscheduler.support.Sandbox;
import com.recruitingscheduler.support.ServiceAccountKey;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployment whose service account has no domain-wide delegation: Google's token endpoint refuses to let it act as
 * the organizer ({@code 401 unauthorized_client}). That is configuration, not trouble on the network: the interview
 * fails within seconds naming what to fix, and readiness says the same without the service account's details.
 */
@QuarkusTest
@TestProfile(DelegationRefusedTest.NoDelegation.class)
class DelegationRefusedTest {

    @TestHTTPResource(value = "/", management = true)
    java.net.URL management;

    static final int PORT = 18090;

    public static class NoDelegation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.test-port", String.valueOf(PORT),
                    "recruiting.calendar.mode", "google",
                    "recruiting.calendar.credentials", ServiceAccountKey.write("http://localhost:" + PORT + "/sandbox/oauth2/token").toString(),
                    "recruiting.calendar.organizer", "recruiting@corp.example",
                    "recruiting.calendar.root-url", "http://localhost:" + PORT + "/sandbox/",
                    "recruiting.sandbox.enabled", "true",
                    // from the start: a token granted before the test (to work left over by other tests) would be reused
                    "recruiting.sandbox.delegation-granted", "false");
        }
    }

    @AfterEach
    void reset() {
        Sandbox.reset();
    }

    @Test
    void failsFastNamingDomainWideDelegationAndTheOrganizer() {
        Instant submitted = Instant.now();
        String id = Interviews.schedule(Interviews.request());

        JsonPath interview = Interviews.settled(id);

        assertThat(Duration.between(submitted, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(interview.getString("status")).isEqualTo("FAILED");
        assertThat(interview.getString("failureReason")).contains("unauthorized_client").contains("domain-wide delegation")
                .contains("RECRUITING_CALENDAR_ORGANIZER").doesNotContain(ServiceAccountKey.CLIENT_EMAIL);
        assertThat(given().get("/api/interviews/" + id + "/history").then().extract().jsonPath().getList("outcome"))
                .doesNotContain("RETRYING");

        String readiness = given().baseUri("http://" + management.getHost()).port(management.getPort()).when().get("/q/health/ready").then().statusCode(503).extract().asString();
        assertThat(readiness).contains("domain-wide delegation").doesNotContain(ServiceAccountKey.CLIENT_EMAIL);
    }
}
