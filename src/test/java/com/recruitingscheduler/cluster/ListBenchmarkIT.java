package com.recruitingscheduler.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recruitingscheduler.support.Accounts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The recruiter's list and the API list as the table grows (issue 12): the packaged app on an embedded PostgreSQL,
 * seeded straight into the database with realistic interviews (statuses, 1-4 interviewers, two years of dates around
 * now), measured with a load generator (autocannon, from npm) beside {@code /login} in the same run, first at the
 * smaller size, then again after the table has grown to the larger one. Reports to
 * {@code target/benchmark-list.md}; asserts nothing about speed.
 *
 * <p>Run by {@code .ci/benchmark.sh list}. Sizes: {@code -Dlist.sizes=10000,1000000}; the load generator:
 * {@code -Dlist.autocannon=<path to autocannon>}.
 */
@EnabledIfSystemProperty(named = "benchmark.list", matches = "true")
class ListBenchmarkIT {

    private static final String KEY = "benchmark-api-key-0123456789abcdefghijkl";
    private static final String ADMIN = "bench-admin@corp.example";
    private static final int CONNECTIONS = 8;
    /** The JIT on two shared cores keeps compiling for minutes: the first size warms each page longer. */
    private static final int FIRST_WARM_UP_SECONDS = 60;
    private static final int WARM_UP_SECONDS = 20;
    private static final int SECONDS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String[] FIRST = {"Ada", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jia", "Kai",
            "Lena", "Milo", "Nia", "Omar", "Pia", "Quinn", "Rosa", "Sami", "Tara", "Uma", "Vik", "Wen", "Xena", "Yusuf",
            "Zoe", "Amir", "Bea", "Carl", "Dina", "Emil", "Freya", "Goran", "Hugo", "Iris", "Jonas", "Kira", "Luca",
            "Maya", "Noor"};
    private static final String[] LAST = {"Abbott", "Baker", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad",
            "Ito", "Jensen", "Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinlan", "Rossi", "Silva",
            "Tanaka", "Ueda", "Varga", "Weber", "Xu", "Yilmaz", "Zimmer", "Andersen", "Bianchi", "Costa", "Dahl",
            "Evans", "Ferreira", "Gruber", "Horvat", "Ibrahim", "Jovanovic", "Kim", "Larsen", "Meyer", "Novak",
            "Olsen", "Park", "Quint", "Romero", "Schmidt", "Torres", "Urban", "Vogel", "Wagner", "Young"};
    private static final String[] ROLES = {"Backend Engineer", "Frontend Engineer", "Data Scientist", "Product Manager",
            "Site Reliability Engineer", "Designer", "Engineering Manager", "QA Engineer", "Security Engineer",
            "Data Engineer", "Mobile Engineer", "Technical Writer"};

    @Test
    void listAsTheTableGrows() throws Exception {
        String autocannon = System.getProperty("list.autocannon", "autocannon");
        List<Integer> sizes = Arrays.stream(System.getProperty("list.sizes", "10000,1000000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        StringBuilder report = new StringBuilder("### the list as the table grows (" + CONNECTIONS + " connections, "
                + FIRST_WARM_UP_SECONDS + " s warm-up of each page at the first size, " + WARM_UP_SECONDS
                + " s at the next, then " + SECONDS + " s measured per page)\n\n"
                + "| interviews | page | requests/s | p50 | p99 | × /login | non-2xx |\n|---|---|---|---|---|---|---|\n");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("shared_buffers", "512MB")
                .setServerConfig("work_mem", "16MB").setServerConfig("maintenance_work_mem", "512MB").start();
             PackagedApp app = PackagedApp.start(appSettings(postgres))) {
            String session = Accounts.signIn(given().baseUri(app.url()), ADMIN, Accounts.PASSWORD, "Europe/Paris")
                    .getCookie("rs-session");
            int seeded = 0;
            Map<String, Double> smallest = new java.util.HashMap<>();
            for (int size : sizes) {
                long began = System.nanoTime();
                seed(postgres, seeded, size);
                seeded = size;
                System.out.printf("seeded %d interviews in %d s%n", size, (System.nanoTime() - began) / 1_000_000_000);
                String search = LAST[7]; // a surname: ~1 in 50 candidates and interviewers carry it
                List<Load> loads = List.of(
                        new Load("/login", app.url() + "/login", null),
                        new Load("/interviews (upcoming)", app.url() + "/interviews", "Cookie: rs-session=" + session),
                        new Load("/interviews?q=" + search, app.url() + "/interviews?q=" + search, "Cookie: rs-session=" + session),
                        new Load("/api/interviews", app.url() + "/api/interviews", "Authorization: Bearer " + KEY));
                for (Load load : loads) { // every page warmed before any is measured: the JIT compiles what they share
                    var check = given().baseUri(load.url).redirects().follow(false);
                    if (load.header != null) {
                        check.header(load.header.split(": ", 2)[0], load.header.split(": ", 2)[1]);
                    }
                    if (check.get().statusCode() != 200) {
                        throw new IllegalStateException(load.name + " does not answer 200");
                    }
                    run(autocannon, load, size == sizes.get(0) ? FIRST_WARM_UP_SECONDS : WARM_UP_SECONDS);
                }
                double login = 0;
                for (Load load : loads) {
                    JsonNode result = run(autocannon, load, SECONDS);
                    double rate = result.path("requests").path("average").asDouble();
                    if (load.name.equals("/login")) {
                        login = rate;
                    }
                    String ratio = String.format("%.2f", rate / login);
                    Double first = smallest.putIfAbsent(load.name, rate);
                    if (first != null) {
                        ratio += String.format(" (%.2f× at %,d)", rate / first, sizes.get(0));
                    }
                    report.append(String.format("| %,d | `%s` | %.0f | %s ms | %s ms | %s | %d |%n", size, load.name, rate,
                            result.path("latency").path("p50").asText(), result.path("latency").path("p99").asText(),
                            ratio, result.path("non2xx").asLong() + result.path("errors").asLong()));
                }
            }
        }
        report.append("\nTargets (issue 12): at 10,000 interviews the list page ≥ 0.4× the `/login` rate with p99 ≤ 50 ms;"
                + " at 1,000,000 every measured page ≥ 0.75× its 10,000 figure.\n\n");
        Files.writeString(Path.of("target", "benchmark-list.md"), report.toString());
        System.out.println(report);
    }

    private static Map<String, String> appSettings(EmbeddedPostgres postgres) {
        Map<String, String> settings = PackagedApp.onSandbox(postgres);
        settings.put("RECRUITING_SCHEDULING_WORKER_ENABLED", "false"); // no drift checks over a million seeded rows
        settings.put("RECRUITING_API_BOOTSTRAP_KEY", KEY);
        settings.put("RECRUITING_ACCOUNTS_BOOTSTRAP_ADMIN_EMAIL", ADMIN);
        settings.put("RECRUITING_ACCOUNTS_BOOTSTRAP_ADMIN_PASSWORD", Accounts.PASSWORD);
        String jvm = System.getProperty("list.jvm-options", "");
        if (!jvm.isBlank()) { // e.g. a flight recording, to see where the time goes
            settings.put("JAVA_TOOL_OPTIONS", jvm);
        }
        return settings;
    }

    private record Load(String name, String url, String header) {
    }

    private static JsonNode run(String autocannon, Load load, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(autocannon, "--json", "--connections", String.valueOf(CONNECTIONS),
                "--duration", String.valueOf(seconds)));
        if (load.header != null) {
            command.addAll(List.of("--headers", load.header));
        }
        command.add(load.url);
        Path out = Files.createTempFile("autocannon", ".json");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("autocannon failed for " + load.name);
        }
        return JSON.readTree(out.toFile());
    }

    /**
     * Adds interviews {@code from}..{@code to} straight into the app's tables, as the app would store them: statuses
     * (most scheduled, some cancelled, a few awaiting the candidate, needing attention or failed), 1-4 interviewers,
     * starts spread over a year back and a year ahead, the search text as {@code Interview#searchText} builds it.
     */
    private static void seed(EmbeddedPostgres postgres, int from, int to) throws SQLException {
        String names = "(array['" + String.join("','", FIRST) + "'])";
        String surnames = "(array['" + String.join("','", LAST) + "'])";
        String roles = "(array['" + String.join("','", ROLES) + "'])";
        // person j (0 = the candidate) of interview n: a first name and a surname from the lists
        String first = names + "[1 + ((%1$s * 7 + %2$s * 13) %% " + FIRST.length + ")]";
        String last = surnames + "[1 + ((%1$s * 11 + %2$s * 5 + %1$s / 97) %% " + LAST.length + ")]";
        String name = "(" + first + " || ' ' || " + last + ")";
        String candidate = String.format(name, "n", "0");
        String candidateEmail = "lower(" + String.format(first, "n", "0") + " || '.' || " + String.format(last, "n", "0")
                + " || '.' || n || '@candidates.example')";
        String panelist = String.format(name, "n", "j");
        String panelistEmail = "lower(" + String.format(first, "n", "j") + " || '.' || " + String.format(last, "n", "j")
                + " || '@corp.example')";
        String seats = "(1 + (n * 31) % 4)";
        String id = "md5('bench-' || n)::uuid";
        String status = "case when r < 0.80 then 'SCHEDULED' when r < 0.90 then 'CANCELLED' when r < 0.96 and at > now() "
                + "then 'AWAITING_CANDIDATE' when r < 0.98 then 'NEEDS_ATTENTION' when r < 0.99 then 'FAILED' else 'SCHEDULED' end";
        String interviews = "insert into interview (id, title, candidate_name, candidate_email, candidate_time_zone, "
                + "recruiter_time_zone, start_at, choose_from, choose_to, choose_options, duration_minutes, status, "
                + "interviewer_event_id, candidate_event_id, created_at, updated_at, created_by, search_text, panel_names) "
                + "select " + id + ", role, cand, email, zone, 'Europe/Paris', case when st = 'AWAITING_CANDIDATE' then null "
                + "else at end, case when st = 'AWAITING_CANDIDATE' then at - interval '5 days' end, "
                + "case when st = 'AWAITING_CANDIDATE' then at end, case when st = 'AWAITING_CANDIDATE' then 5 end, "
                + "(array[30, 45, 60, 90])[1 + n % 4], st, md5('i' || n), md5('c' || n), at - interval '10 days', "
                + "at - interval '9 days', '" + ADMIN + "', "
                + "lower(concat_ws(' ', role, cand, email, (select string_agg(" + panelist + " || ' ' || " + panelistEmail
                + ", ' ' order by j) from generate_series(1, " + seats + ") j))), "
                + "(select string_agg(" + panelist + ", ', ' order by j) from generate_series(1, " + seats + ") j) "
                + "from (select n, r, at, " + roles + "[1 + n % " + ROLES.length + "] as role, " + candidate + " as cand, "
                + candidateEmail + " as email, (array['Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Europe/London', "
                + "'America/Los_Angeles', 'Asia/Kolkata'])[1 + n % 6] as zone, " + status + " as st "
                + "from (select n, random() as r, date_trunc('hour', now() - interval '365 days' + random() * interval '730 days') "
                + "+ (n % 4) * interval '15 minutes' as at from generate_series(?, ?) n) g) s";
        String panels = "insert into interviewer (interview_id, position, name, email, shadow) select " + id + ", j - 1, "
                + panelist + ", " + panelistEmail + ", false from generate_series(?, ?) n, generate_series(1, " + seats + ") j";
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            for (int start = from + 1; start <= to; start += 100_000) {
                int end = Math.min(to, start + 99_999);
                for (String sql : List.of(interviews, panels)) {
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.setInt(1, start);
                        statement.setInt(2, end);
                        statement.executeUpdate();
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze interview");
                statement.execute("vacuum analyze interviewer");
            }
        }
    }
}
