package com.recruitingscheduler.calendar;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Google's anti-abuse limit can make the organizer calendar read-only for a while ("Calendar usage limits exceeded",
 * 403 quotaExceeded). Then every write for that organizer waits — on every instance, through one row in PostgreSQL —
 * instead of failing interviews one by one; each pause in a row lasts twice the one before, up to a ceiling.
 */
@ApplicationScoped
class CalendarPause {

    /** A pause in force or just ended: until when, and how many came in a row. */
    record State(Instant until, int inARow) {
        boolean inForce(Instant now) {
            return until.isAfter(now);
        }
    }

    private static final long RECHECK_MILLIS = 500;

    private final AgroalDataSource dataSource;
    private final String organizer;
    private final Duration first;
    private final Duration max;
    /** The last read of the row, so a busy worker does not read it before every call. */
    private volatile Optional<State> known = Optional.empty();
    private volatile long knownAt;

    CalendarPause(AgroalDataSource dataSource, CalendarConfig config) {
        this.dataSource = dataSource;
        this.organizer = config.organizer().orElse(config.calendarId());
        this.first = config.quotaPause();
        this.max = config.maxQuotaPause();
    }

    /** The pause in force for the organizer's writes, if any. */
    Optional<Instant> pausedUntil() {
        Instant now = Instant.now();
        return state().filter(s -> s.inForce(now)).map(State::until);
    }

    /** Google refused a write with its usage limit: pause (or keep pausing) the organizer's writes; returns the end. */
    Instant pause() {
        return QuarkusTransaction.suspendingExisting().call(() -> sql(connection -> {
            Instant now = Instant.now();
            Optional<State> current = read(connection, true);
            if (current.isPresent() && current.get().inForce(now)) {
                return current.get().until(); // the other instance's pause already covers this refusal
            }
            int inARow = current.map(State::inARow).orElse(0);
            Duration length = first.multipliedBy(1L << Math.min(inARow, 20));
            Instant until = now.plus(length.compareTo(max) > 0 ? max : length);
            try (PreparedStatement upsert = connection.prepareStatement("insert into calendar_pause (organizer, paused_until, "
                    + "pauses_in_a_row) values (?, ?, ?) on conflict (organizer) do update set paused_until = excluded.paused_until, "
                    + "pauses_in_a_row = excluded.pauses_in_a_row")) {
                upsert.setString(1, organizer);
                upsert.setTimestamp(2, Timestamp.from(until));
                upsert.setInt(3, inARow + 1);
                upsert.executeUpdate();
            }
            remember(Optional.of(new State(until, inARow + 1)));
            return until;
        }));
    }

    /** A write went through: a pause that has ended is forgotten, so the next one starts short again. */
    void writeSucceeded() {
        if (state().isEmpty()) {
            return;
        }
        QuarkusTransaction.suspendingExisting().run(() -> sql(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from calendar_pause where organizer = ? and paused_until <= now()")) {
                delete.setString(1, organizer);
                delete.executeUpdate();
            }
            remember(read(connection, false));
            return null;
        }));
    }

    private Optional<State> state() {
        if (System.currentTimeMillis() - knownAt > RECHECK_MILLIS) {
            remember(QuarkusTransaction.suspendingExisting().call(() -> sql(connection -> read(connection, false))));
        }
        return known;
    }

    private void remember(Optional<State> state) {
        known = state;
        knownAt = System.currentTimeMillis();
    }

    private Optional<State> read(Connection connection, boolean forUpdate) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select paused_until, pauses_in_a_row from calendar_pause "
                + "where organizer = ?" + (forUpdate ? " for update" : ""))) {
            select.setString(1, organizer);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new State(row.getTimestamp(1).toInstant(), row.getInt(2))) : Optional.empty();
            }
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** One short transaction of its own (the row lock of {@link #pause()} is held only while it runs). */
    private <T> T sql(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read or write the organizer's calendar pause: " + e.getMessage(), e);
        }
    }
}
