package com.recruitingscheduler.security;

import com.recruitingscheduler.support.Accounts;
import com.recruitingscheduler.support.Anonymous;
import com.recruitingscheduler.system.ThrottleHousekeeping;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling holds under parallel guessing, never locks an account's owner out on a stranger's word, counts the
 * address the trusted proxy saw (the right-most untrusted {@code X-Forwarded-For} entry; an IPv6 client by its /64),
 * and keeps its table small. Limits as configured: 10 failures per account and address, 30 per address, in 15 minutes.
 */
@QuarkusTest
@Anonymous
class SignInThrottleTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Inject
    ThrottleHousekeeping housekeeping;

    private static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "203.0." + (113 + n / 250) + "." + (n % 250 + 1);
    }

    private static Response signIn(String email, String password, String forwardedFor) {
        return Accounts.signIn(given().header("X-Forwarded-For", forwardedFor), email, password);
    }

    private static List<String> throttleRows(String like) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("select id from sign_in_throttle where id like ?1", String.class).setParameter(1, like)
                .getResultList());
    }

    @Test
    void aHundredGuessesAtOnceGetNoMoreVerdictsThanTheBucketHolds() throws Exception {
        String email = Accounts.create(false);
        String address = newAddress();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<Integer>> guesses = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String guess = "guess " + i;
            guesses.add(() -> signIn(email, guess, address).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : pool.invokeAll(guesses)) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(401, 429);
        assertThat(statuses.stream().filter(s -> s == 401).count()).as("verdicts on a password").isEqualTo(10);
    }

    @Test
    void aStrangerHammeringAnAccountDoesNotKeepItsOwnerOut() {
        String email = Accounts.create(false);
        String stranger = newAddress();
        for (int i = 0; i < 12; i++) {
            signIn(email, "wrong " + i, stranger);
        }
        assertThat(signIn(email, Accounts.PASSWORD, stranger).statusCode()).isEqualTo(429);
        String owner = newAddress();
        signIn(email, "a typo", owner).then().statusCode(401);
        assertThat(signIn(email, Accounts.PASSWORD, owner).statusCode()).isEqualTo(303);
    }

    @Test
    void aSuccessfulSignInGivesItsTokensBack() {
        String email = Accounts.create(false);
        String address = newAddress();
        for (int i = 0; i < 9; i++) {
            signIn(email, "wrong " + i, address).then().statusCode(401);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, Accounts.PASSWORD, address).statusCode()).as("sign-in %d", i).isEqualTo(303);
        }
        signIn(email, "wrong again", address).then().statusCode(401); // the tenth failure: still a verdict
        assertThat(signIn(email, "and again", address).statusCode()).isEqualTo(429);
    }

    @Test
    void theRightMostAddressNotATrustedProxyIsCountedNeverOneTheClientWrote() {
        String written = newAddress();
        String real = newAddress();
        // the client sent "X-Forwarded-For: <written>"; the proxy (this machine, trusted) appended the address it saw
        signIn("nobody-" + UUID.randomUUID() + "@corp.example", "guess", written + ", " + real + ", 127.0.0.1").then().statusCode(401);
        assertThat(throttleRows("address:" + real)).hasSize(1);
        assertThat(throttleRows("address:" + written)).isEmpty();
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        String network = "2001:db8:" + Integer.toHexString(ADDRESSES.getAndIncrement()) + ":7";
        signIn("nobody-" + UUID.randomUUID() + "@corp.example", "guess", network + "::1").then().statusCode(401);
        signIn("nobody-" + UUID.randomUUID() + "@corp.example", "guess", network + ":ffff:ffff:ffff:fffe").then().statusCode(401);
        assertThat(throttleRows("address:" + network + "::/64")).hasSize(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("select count(*) from sign_in_throttle where id like ?1").setParameter(1, "address:" + network + "::/64")
                .getSingleResult())).isEqualTo(1L);
    }

    @Test
    void idleThrottleRowsAreDeletedOnceTheirBucketIsFullAgain() {
        String address = newAddress();
        signIn("nobody-" + UUID.randomUUID() + "@corp.example", "guess", address).then().statusCode(401);
        assertThat(throttleRows("address:" + address)).hasSize(1);
        long expiresAt = QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select expires_at from sign_in_throttle where id = ?1").setParameter(1, "address:" + address)
                .getSingleResult()).longValue());
        // full again after the window's share of one token (15 min / 30), not before
        assertThat(expiresAt - System.currentTimeMillis()).isBetween(20_000L, 31_000L);
        housekeeping.sweep();
        assertThat(throttleRows("address:" + address)).as("not idle yet").hasSize(1);
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("update sign_in_throttle set expires_at = ?2 where id = ?1").setParameter(1, "address:" + address)
                .setParameter(2, System.currentTimeMillis() - 1).executeUpdate());
        housekeeping.sweep(); // (the minute's own sweep may have come first: either way the row is gone)
        assertThat(throttleRows("address:" + address)).isEmpty();
    }
}
