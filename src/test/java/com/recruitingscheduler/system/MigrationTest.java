package com.recruitingscheduler.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations since V13 on a database the V13 schema filled — interviews in every status, with conference data,
 * attention, a candidate's link, panels with a shadow, history, throttle buckets — lose nothing: every table reads as
 * before, and what a migration adds is filled in. A real PostgreSQL, Flyway as the app runs it; no app.
 */
class MigrationTest {

    private static final String BEFORE = "13";
    private static final List<String> KEPT_AS_THEY_WERE = List.of("interview", "interviewer", "interview_step_log");

    private static EmbeddedPostgres postgres;
    private static DataSource database;

    @BeforeAll
    static void databaseAtTheOldSchema() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        database = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(BEFORE).load().migrate();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void everyRowWrittenByTheOldSchemaIsThereAfterTheMigrationsAndTheThrottleRowsExpire() throws SQLException {
        fill();
        List<List<String>> before = new ArrayList<>();
        for (String table : KEPT_AS_THEY_WERE) {
            before.add(rows("select row_to_json(t)::text from " + table + " t order by 1"));
        }
        List<String> throttlesBefore = rows("select id || ' ' || encode(state, 'hex') from sign_in_throttle "
                + "union all select id || ' ' || encode(state, 'hex') from page_throttle order by 1");
        assertThat(before.get(0)).hasSize(6);

        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

        for (int i = 0; i < KEPT_AS_THEY_WERE.size(); i++) {
            assertThat(rows("select row_to_json(t)::text from " + KEPT_AS_THEY_WERE.get(i) + " t order by 1"))
                    .as(KEPT_AS_THEY_WERE.get(i)).containsExactlyElementsOf(before.get(i));
        }
        assertThat(rows("select id || ' ' || encode(state, 'hex') from sign_in_throttle "
                + "union all select id || ' ' || encode(state, 'hex') from page_throttle order by 1"))
                .containsExactlyElementsOf(throttlesBefore);
        // V14: every bucket written before says when it is idle, so housekeeping can delete it later
        assertThat(rows("select id from sign_in_throttle where expires_at is null union all "
                + "select id from page_throttle where expires_at is null")).isEmpty();
        assertThat(rows("select count(*)::text from sign_in_throttle where expires_at > (extract(epoch from now()) * 1000)")).containsExactly("2");
    }

    /** Rows as the app at V13 wrote them. */
    private static void fill() throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            String[] statuses = {"AWAITING_CANDIDATE", "SCHEDULING", "SCHEDULED", "NEEDS_ATTENTION", "FAILED", "CANCELLED"};
            for (int i = 0; i < statuses.length; i++) {
                String id = "00000000-0000-0000-0000-00000000000" + i;
                boolean awaiting = i == 0;
                sql.execute("insert into interview (id, title, candidate_name, candidate_email, candidate_time_zone, "
                        + "recruiter_time_zone, start_at, duration_minutes, interviewer_notes, status, failure_reason, attempt, "
                        + "requested_solution_type, conference_request_id, interviewer_event_id, candidate_event_id, "
                        + "interviewer_event_link, conference_id, solution_type, solution_name, conference_signature, "
                        + "entry_points, conference_data, next_step, next_step_at, step_token, conference_polls, step_failures, "
                        + "last_error, attention, created_at, updated_at, created_by, pool_name, choose_from, choose_to, "
                        + "choose_options, scheduling_token, candidate_moves, cancel_reason, search_text, panel_names, version) values ("
                        + "'" + id + "', 'Engineer " + i + "', 'Cora', 'cora@candidates.example', 'Europe/Paris', 'UTC', "
                        + (awaiting ? "null" : "now() + interval '" + (i + 2) + " days'") + ", 45, 'Pairing', '" + statuses[i] + "', "
                        + (statuses[i].equals("FAILED") ? "'Google could not create the conference'" : "null") + ", 1, "
                        + "'hangoutsMeet', 'req-" + i + "', 'ievent" + i + "', 'cevent" + i + "', 'https://calendar/i" + i + "', "
                        + (i >= 2 ? "'abc-defg-hij', 'hangoutsMeet', 'Google Meet', 'sig-" + i + "', "
                        + "'[{\"entryPointType\":\"video\",\"uri\":\"https://meet.google.com/abc-defg-hij\"}]', "
                        + "'{\"conferenceId\":\"abc-defg-hij\",\"signature\":\"sig-" + i + "\"}'" : "null, null, null, null, null, null") + ", "
                        + (i == 1 ? "'AWAIT_CONFERENCE', now(), 'token-1', 2, 1, 'Google said 503'" : "null, null, null, 0, 0, null") + ", "
                        + (statuses[i].equals("NEEDS_ATTENTION") ? "'The candidate''s event was moved in Google Calendar.'" : "null") + ", "
                        + "now() - interval '1 day', now(), 'rita@corp.example', " + (i == 2 ? "'backend'" : "null") + ", "
                        + (awaiting ? "now(), now() + interval '7 days', 6, 'link-token'" : "null, null, null, null") + ", "
                        + (i == 5 ? "1, 'I accepted another offer'" : "0, null") + ", 'engineer cora', 'Ivan, Tara (shadow)', " + i + ")");
                sql.execute("insert into interviewer (interview_id, position, name, email, shadow) values ('" + id
                        + "', 0, 'Ivan', 'ivan@corp.example', false), ('" + id + "', 1, 'Tara', 'tara@corp.example', true)");
                sql.execute("insert into interview_step_log (interview_id, at, step, outcome, detail, worker, actor, action) values ('"
                        + id + "', now(), 'SCHEDULE', 'ACTION', null, null, 'rita@corp.example', 'SCHEDULE')");
            }
            sql.execute("insert into sign_in_throttle (id, state) values ('account:rita@corp.example', '\\x0102'), "
                    + "('address:203.0.113.7', '\\x0304')");
            sql.execute("insert into page_throttle (id, state) values ('link:203.0.113.7', '\\x0506')");
        }
    }

    private static List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
