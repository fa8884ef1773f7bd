package com.recruitingscheduler.security;

import com.recruitingscheduler.support.Accounts;
import com.recruitingscheduler.support.Anonymous;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code X-Forwarded-*} from a client that is not a configured proxy is ignored: it can neither pick the address
 * that sign-in throttling counts nor make the app believe it is served over HTTPS.
 */
@QuarkusTest
@TestProfile(UntrustedProxyTest.OtherProxy.class)
@Anonymous
class UntrustedProxyTest {

    public static class OtherProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.10");
        }
    }

    @AfterEach
    void forgetFailures() {
        QuarkusTransaction.requiringNew().run(() ->
                Panache.getEntityManager().createNativeQuery("delete from sign_in_throttle where id like 'address:%'").executeUpdate());
    }

    @Test
    void aSpoofedClientAddressIsNotWhatThrottlingCounts() {
        Accounts.signIn(given().header("X-Forwarded-For", "203.0.113.77"), Accounts.create(false), "wrong password");
        List<?> counted = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("select id from sign_in_throttle where id like 'address:%'").getResultList());
        assertThat(counted).map(String::valueOf).isNotEmpty().noneMatch(id -> id.contains("203.0.113.77"));
    }

    @Test
    void aSpoofedHttpsHeaderDoesNotMakeTheAppClaimHttps() {
        Response response = Accounts.signIn(given().header("X-Forwarded-Proto", "https"), Accounts.create(false), Accounts.PASSWORD);
        String cookie = response.getHeaders().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("rs-session=")).findFirst().orElseThrow();
        assertThat(cookie).doesNotContainIgnoringCase("Secure");
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
    }
}
