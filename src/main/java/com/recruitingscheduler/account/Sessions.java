package com.recruitingscheduler.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The one home of a sign-in's lifecycle: opened by a successful sign-in (password or Google), found on each request,
 * ended by signing out, after {@link SessionsConfig#idleTimeout()} unused, {@link SessionsConfig#lifetime()} after it
 * began, or when its account is disabled or gets a new password. Kept in PostgreSQL, so an end holds on every
 * instance at once; the cookie carries 256 random bits and the table only their hash.
 */
@ApplicationScoped
public class Sessions {

    public static final String COOKIE = "rs-session";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How often a session's last use is written: enough for the idle timeout, not a write per request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final SessionsConfig config;

    Sessions(SessionsConfig config) {
        this.config = config;
    }

    /** A live session: whose, and the browser's time zone at sign-in (null when it did not say). */
    record Live(String email, String browserTimeZone) {
    }

    /**
     * Opens a session for the account and sets its cookie on the response; {@code browserTimeZone} is what the
     * browser reported (kept when it is a zone Java knows).
     */
    public void open(String email, String browserTimeZone, RoutingContext routing) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            RecruiterSession session = new RecruiterSession();
            session.tokenHash = ApiKey.hash(token);
            session.email = email.toLowerCase(Locale.ROOT);
            session.createdAt = now;
            session.lastSeenAt = now;
            session.browserTimeZone = TimeZones.known(browserTimeZone).map(ZoneId::getId).orElse(null);
            session.persist();
        });
        routing.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setSecure(isHttps(routing)));
    }

    /** The live session this token opens, marking it used; empty when unknown or ended. */
    Optional<Live> find(String token) {
        Instant now = Instant.now();
        return QuarkusTransaction.joiningExisting().call(() -> {
            RecruiterSession session = RecruiterSession.findById(ApiKey.hash(token));
            if (session == null || session.endedAt != null) {
                return Optional.empty();
            }
            if (now.isAfter(session.createdAt.plus(config.lifetime())) || now.isAfter(session.lastSeenAt.plus(config.idleTimeout()))) {
                session.endedAt = now;
                return Optional.empty();
            }
            if (now.isAfter(session.lastSeenAt.plus(TOUCH_EVERY))) {
                session.lastSeenAt = now;
            }
            return Optional.of(new Live(session.email, session.browserTimeZone));
        });
    }

    /** Signs out the browser of this request: its session ends and its cookie is cleared. */
    public void end(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie != null) {
            String hash = ApiKey.hash(cookie.getValue());
            QuarkusTransaction.requiringNew().run(() ->
                    RecruiterSession.update("endedAt = ?1 where tokenHash = ?2 and endedAt is null", Instant.now(), hash));
        }
        routing.response().addCookie(Cookie.cookie(COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX).setSecure(isHttps(routing)));
    }

    /** Ends every session of the account, in the caller's transaction. */
    public static void endAll(String email) {
        RecruiterSession.update("endedAt = ?1 where lower(email) = ?2 and endedAt is null", Instant.now(),
                email.toLowerCase(Locale.ROOT));
    }

    private static boolean isHttps(RoutingContext routing) {
        return "https".equalsIgnoreCase(routing.request().scheme());
    }
}
