package com.recruitingscheduler.account;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
    private final AgroalDataSource database;

    Sessions(SessionsConfig config, AgroalDataSource database) {
        this.config = config;
        this.database = database;
    }

    /**
     * A live session and what every request needs with it: whose it is, their account (empty for a Google sign-in
     * without one), and the zone they read times in — saved, else the browser's at sign-in (null when neither).
     */
    record Live(String email, Optional<Account> account, String timeZone) {
    }

    /** What a request needs of an account. */
    record Account(String email, String name, boolean enabled, boolean admin) {
    }

    /** The session with its account and saved zone: one statement a request, along primary keys and an index. */
    private static final String FIND = "select s.email, s.created_at, s.last_seen_at, s.ended_at, s.browser_time_zone, "
            + "r.email, r.name, r.enabled, r.admin, p.time_zone from recruiter_session s "
            + "left join recruiter r on lower(r.email) = s.email left join recruiter_preference p on p.email = s.email "
            + "where s.token_hash = ?";

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

    /**
     * The live session this token opens, marking it used (at most once a {@link #TOUCH_EVERY}) or ended when its time
     * is up; empty when unknown or ended. Outside any transaction: one read, and a write only when one is due.
     */
    Optional<Live> find(String token) {
        Instant now = Instant.now();
        String hash = ApiKey.hash(token);
        try (Connection connection = database.getConnection()) {
            Optional<Stored> found = read(connection, hash);
            if (found.isEmpty() || found.get().ended()) {
                return Optional.empty();
            }
            Stored stored = found.get();
            if (now.isAfter(stored.created().plus(config.lifetime())) || now.isAfter(stored.lastSeen().plus(config.idleTimeout()))) {
                write(connection, "update recruiter_session set ended_at = ? where token_hash = ? and ended_at is null", now, hash);
                return Optional.empty();
            }
            if (now.isAfter(stored.lastSeen().plus(TOUCH_EVERY))) {
                write(connection, "update recruiter_session set last_seen_at = ? where token_hash = ?", now, hash);
            }
            return Optional.of(stored.live());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the session: " + e.getMessage(), e);
        }
    }

    /** A session as stored, with what a request needs of it. */
    private record Stored(Instant created, Instant lastSeen, boolean ended, Live live) {
    }

    private static Optional<Stored> read(Connection connection, String hash) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(FIND)) {
            read.setString(1, hash);
            try (ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Optional<Account> account = row.getString(6) == null ? Optional.empty()
                        : Optional.of(new Account(row.getString(6), row.getString(7), row.getBoolean(8), row.getBoolean(9)));
                String saved = row.getString(10);
                return Optional.of(new Stored(row.getObject(2, OffsetDateTime.class).toInstant(),
                        row.getObject(3, OffsetDateTime.class).toInstant(), row.getObject(4) != null,
                        new Live(row.getString(1), account, saved != null ? saved : row.getString(5))));
            }
        }
    }

    private static void write(Connection connection, String sql, Instant at, String hash) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, at.atOffset(ZoneOffset.UTC));
            update.setString(2, hash);
            update.executeUpdate();
        }
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
