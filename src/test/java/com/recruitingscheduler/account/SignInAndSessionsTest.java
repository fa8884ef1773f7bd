package com.recruitingscheduler.account;

import com.recruitingscheduler.support.Accounts;
import com.recruitingscheduler.support.Anonymous;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in resists guessing (a growing delay, then 429, per account and address and per client address; the same cost whether
 * or not the account exists; failures logged without the password), and sessions end: at sign-out, when the account
 * is disabled or gets a new password, after the idle timeout, and 12 hours after sign-in however busy. The client
 * address comes from {@code X-Forwarded-For}, which the app believes from this machine (a trusted proxy).
 */
@QuarkusTest
@Anonymous
class SignInAndSessionsTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    /** A client address of its own, so one test's failures do not slow another's. */
    private static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private static Response signIn(String email, String password, String address) {
        return Accounts.signIn(given().header("X-Forwarded-For", address), email, password);
    }

    @Test
    void anAccountUnderAttackGetsSlowerAnswersThen429EvenForTheRightPassword() {
        String email = Accounts.create(false);
        String attacker = newAddress();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long started = System.nanoTime();
            Response failed = signIn(email, "guess number " + i, attacker);
            millis.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
            assertThat(failed.statusCode()).as("guess %d", i).isEqualTo(401);
        }
        // the first failures are typing mistakes; later ones are held back (max-delay is 200 ms in tests)
        assertThat(millis.subList(6, 10)).allSatisfy(ms -> assertThat(ms).isGreaterThanOrEqualTo(200));

        // from where the guesses came, even the right password is refused now (SignInThrottleTest: the owner is not)
        Response refused = signIn(email, Accounts.PASSWORD, attacker);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();
        assertThat(Jsoup.parse(refused.asString()).select("[role=alert]").text()).contains("Too many failed sign-ins");
        assertThat(refused.getCookie("rs-session")).isNull();
    }

    @Test
    void oneAddressGuessingManyAccountsIsRefusedWhileOthersSignIn() {
        String address = newAddress();
        for (int i = 0; i < 30; i++) {
            assertThat(signIn("nobody-" + UUID.randomUUID() + "@corp.example", "guess", address).statusCode()).isEqualTo(401);
        }
        String email = Accounts.create(false);
        assertThat(signIn(email, Accounts.PASSWORD, address).statusCode()).isEqualTo(429);
        assertThat(signIn(email, Accounts.PASSWORD, newAddress()).statusCode()).isEqualTo(303);
    }

    @Test
    void aWrongPasswordCostsAboutTheSameWhetherOrNotTheAccountExists() {
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String existing = Accounts.create(false);
            known.add(time(() -> signIn(existing, "wrong password", newAddress())));
            unknown.add(time(() -> signIn("nobody-" + UUID.randomUUID() + "@corp.example", "wrong password", newAddress())));
        }
        long knownMedian = median(known);
        long unknownMedian = median(unknown);
        // Before: an unknown e-mail answered ~10x faster (no bcrypt). Now both pay one bcrypt comparison.
        assertThat(unknownMedian).as("unknown %s vs known %s", unknown, known).isGreaterThanOrEqualTo(knownMedian / 2);
        assertThat(knownMedian).as("unknown %s vs known %s", unknown, known).isGreaterThanOrEqualTo(unknownMedian / 2);
    }

    @Test
    void aFailedSignInIsLoggedWithTheEmailButNeverThePassword() {
        List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(SignIn.class.getName());
        logger.addHandler(handler);
        try {
            String email = Accounts.create(false);
            signIn(email, "Secret-Password-9876", newAddress());
            signIn(email + "\nFAKE LOG LINE", "Secret-Password-9876", newAddress());
        } finally {
            logger.removeHandler(handler);
        }
        List<String> lines = records.stream().map(r -> String.valueOf(r.getMessage()) + " " + List.of(
                r.getParameters() == null ? new Object[0] : r.getParameters())).toList();
        assertThat(lines).anyMatch(line -> line.contains("Failed sign-in"));
        assertThat(lines).noneMatch(line -> line.contains("Secret-Password-9876"));
        assertThat(lines).noneMatch(line -> line.contains("\nFAKE LOG LINE"));
    }

    @Test
    void signingOutEndsTheSessionNotJustTheCookie() {
        String session = Accounts.signIn(Accounts.create(false), Accounts.PASSWORD);
        assertThat(Accounts.isSignedIn(session)).isTrue();
        Response out = Accounts.formFrom(session, "/interviews").post("/logout");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.getHeaders().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("rs-session=;") || c.startsWith("rs-session=\"\""));
        assertThat(Accounts.isSignedIn(session)).as("the old cookie, replayed").isFalse();
    }

    @Test
    void disablingAnAccountOrGivingItANewPasswordEndsItsSessions() {
        String admin = Accounts.signIn(Accounts.create(true), Accounts.PASSWORD);
        String disabled = Accounts.create(false);
        String disabledSession = Accounts.signIn(disabled, Accounts.PASSWORD);
        String changed = Accounts.create(false);
        String changedSession = Accounts.signIn(changed, Accounts.PASSWORD);
        String otherSession = Accounts.signIn(Accounts.create(false), Accounts.PASSWORD);

        Accounts.formFrom(admin, "/admin/recruiters").post("/admin/recruiters/" + id(disabled) + "/disable").then().statusCode(303);
        Accounts.formFrom(admin, "/admin/recruiters").formParam("password", "a brand new password")
                .post("/admin/recruiters/" + id(changed) + "/password").then().statusCode(200);

        assertThat(Accounts.isSignedIn(disabledSession)).isFalse();
        assertThat(Accounts.isSignedIn(changedSession)).isFalse();
        assertThat(Accounts.isSignedIn(otherSession)).as("other accounts keep theirs").isTrue();
        assertThat(Accounts.signIn(changed, Accounts.PASSWORD)).isNull();
        assertThat(Accounts.signIn(changed, "a brand new password")).isNotNull();
    }

    @Test
    void aSessionEndsAfterTheIdleTimeoutAndTwelveHoursAfterSignInHoweverBusy() {
        String busy = Accounts.signIn(Accounts.create(false), Accounts.PASSWORD);
        String idle = Accounts.signIn(Accounts.create(false), Accounts.PASSWORD);
        String fresh = Accounts.signIn(Accounts.create(false), Accounts.PASSWORD);
        QuarkusTransaction.requiringNew().run(() -> {
            RecruiterSession.update("createdAt = ?1, lastSeenAt = ?2 where tokenHash = ?3",
                    Instant.now().minus(Duration.ofHours(12).plusMinutes(1)), Instant.now(), ApiKey.hash(busy));
            RecruiterSession.update("lastSeenAt = ?1 where tokenHash = ?2",
                    Instant.now().minus(Duration.ofHours(2).plusMinutes(1)), ApiKey.hash(idle));
        });
        assertThat(Accounts.isSignedIn(busy)).as("past the 12-hour lifetime").isFalse();
        assertThat(Accounts.isSignedIn(idle)).as("idle past 2 hours").isFalse();
        assertThat(Accounts.isSignedIn(fresh)).isTrue();
        assertThat(session(busy).endedAt).as("an expired session is ended, not only refused").isNotNull();
        assertThat(session(idle).endedAt).isNotNull();
        assertThat(session(fresh).endedAt).isNull();
    }

    @Test
    void aSessionInUseIsMarkedUsedAtMostOnceAMinute() {
        String token = Accounts.signIn(Accounts.create(false), Accounts.PASSWORD);
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(5));
        Instant justNow = Instant.now().minus(Duration.ofSeconds(20));
        setLastSeen(token, longAgo);
        assertThat(Accounts.isSignedIn(token)).isTrue();
        assertThat(session(token).lastSeenAt).as("used 5 minutes ago: marked used now").isAfter(justNow.plusSeconds(19));

        setLastSeen(token, justNow);
        assertThat(Accounts.isSignedIn(token)).isTrue();
        assertThat(session(token).lastSeenAt).as("used 20 s ago: not written again").isBetween(justNow.minusMillis(1), justNow.plusMillis(1));
    }

    private static void setLastSeen(String token, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> RecruiterSession.update("lastSeenAt = ?1 where tokenHash = ?2", at, ApiKey.hash(token)));
    }

    private static RecruiterSession session(String token) {
        return QuarkusTransaction.requiringNew().call(() -> RecruiterSession.<RecruiterSession>findById(ApiKey.hash(token)));
    }

    @Test
    void theSessionCookieCarriesOnlyARandomTokenWhoseHashIsStored() {
        String email = Accounts.create(false);
        String session = Accounts.signIn(email, Accounts.PASSWORD);
        assertThat(java.util.Base64.getUrlDecoder().decode(session)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(session).doesNotContain(email).doesNotContain("@");
        RecruiterSession stored = QuarkusTransaction.requiringNew().call(() -> RecruiterSession.findById(ApiKey.hash(session)));
        assertThat(stored.email).isEqualTo(email);
        assertThat(stored.tokenHash).isNotEqualTo(session);
    }

    private static long id(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Recruiter.byEmail(email).orElseThrow().id);
    }

    private static long time(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
