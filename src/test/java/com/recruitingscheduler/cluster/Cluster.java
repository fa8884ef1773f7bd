package com.recruitingscheduler.cluster;

import com.recruitingscheduler.support.Accounts;
import com.recruitingscheduler.support.ApiKeyForEveryRequest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The packaged app run as real processes on one real PostgreSQL: one process plays Google (the sandbox, with its
 * own database) and the others are app instances sharing the app database. Instances can be killed with SIGKILL.
 */
public final class Cluster implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private static final String OPERATOR = "operator@example.com";
    private final Path logs;
    private String googleSession;
    private final Node google;
    private final java.nio.file.Path key;
    private final Map<String, Node> apps = new LinkedHashMap<>();

    /** One process of the packaged app. */
    public final class Node {
        public final String name;
        public final int port;
        private final Map<String, String> env;
        private Process process;
        private int starts;

        Node(String name, Map<String, String> env) {
            this.name = name;
            this.port = freePort();
            this.env = new HashMap<>(env);
            this.env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            this.env.put("QUARKUS_MANAGEMENT_PORT", "0"); // any free port: no cluster test asks the management interface
        }

        public String url() {
            return "http://localhost:" + port;
        }

        public void start() {
            try {
                Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
                ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m", "-jar", jar.toString());
                builder.environment().putAll(env);
                builder.redirectErrorStream(true);
                builder.redirectOutput(logs.resolve(name + "-" + (++starts) + ".log").toFile());
                process = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            awaitReady();
        }

        /** SIGKILL: no shutdown hook, no cleanup, steps cut off mid-way. */
        public void kill() {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        public boolean isAlive() {
            return process != null && process.isAlive();
        }

        private void awaitReady() {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited at start; see " + logs);
                }
                try {
                    if (given().baseUri(url()).get("/interviews").statusCode() == 200) {
                        return;
                    }
                } catch (Exception notYet) { // RestAssured rethrows ConnectException unchecked
                    // still starting
                }
                sleep(Duration.ofMillis(200));
            }
            throw new IllegalStateException(name + " did not start within 90 s; see " + logs);
        }
    }

    public Cluster(Map<String, String> googleSettings, Map<String, String> appSettings, String... appNames) {
        try {
            logs = Files.createDirectories(Path.of("target", "cluster-logs", String.valueOf(System.currentTimeMillis())));
            postgres = EmbeddedPostgres.builder().start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                connection.createStatement().execute("create database google");
                connection.createStatement().execute("create database app");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> googleEnv = new HashMap<>(database("google"));
        googleEnv.put("RECRUITING_CALENDAR_MODE", "sandbox");
        googleEnv.put("RECRUITING_SANDBOX_ENABLED", "true");
        googleEnv.put("RECRUITING_SANDBOX_ALLOW_IN_PRODUCTION", "true");
        googleEnv.put("RECRUITING_SCHEDULING_WORKER_ENABLED", "false");
        googleEnv.putAll(googleSettings);
        google = new Node("google", googleEnv);
        // the apps' service-account key, which "Google" knows (it checks every assertion's signature, as Google does)
        key = com.recruitingscheduler.support.ServiceAccountKey.write(google.url() + "/sandbox/oauth2/token");
        google.env.put("RECRUITING_SANDBOX_SERVICE_ACCOUNT_KEYS", key.toString());
        google.start();
        for (String name : appNames) {
            Map<String, String> env = new HashMap<>(database("app"));
            // google mode against the other process: a service-account key whose token_uri is its token endpoint
            env.put("RECRUITING_CALENDAR_MODE", "google");
            env.put("RECRUITING_CALENDAR_CREDENTIALS", key.toString());
            env.put("RECRUITING_CALENDAR_ORGANIZER", "recruiting@example.com");
            env.put("RECRUITING_SANDBOX_ENABLED", "false");
            env.put("RECRUITING_CALENDAR_ROOT_URL", google.url() + "/sandbox/");
            env.put("RECRUITING_SCHEDULING_INSTANCE_NAME", name);
            env.putAll(appSettings);
            apps.put(name, new Node(name, env));
        }
        apps.values().forEach(Node::start);
    }

    public Node google() {
        return google;
    }

    public Node app(String name) {
        return apps.get(name);
    }

    public List<Node> apps() {
        return new ArrayList<>(apps.values());
    }

    /** Some instance that is up. */
    public Node anyLiveApp() {
        return apps.values().stream().filter(Node::isAlive).findFirst().orElseThrow();
    }

    /** Stops "Google" misbehaving, so what is read to verify a run is read reliably. */
    public void calmGoogle() {
        googleControl().contentType("application/json")
                .body(Map.of("errorRate", 0, "quotaExceededRate", 0, "lostResponseRate", 0, "latencyMillis", 0))
                .put("/sandbox/settings").then().statusCode(200);
    }

    /** Every event on the sandbox calendar, deleted ones included. */
    public List<Map<String, Object>> googleEvents() {
        JsonPath events = given().baseUri(google.url())
                .header("Authorization", "Bearer " + com.recruitingscheduler.support.GoogleSide.token(google.url(), key, "recruiting@example.com"))
                .queryParam("showDeleted", true)
                .get("/sandbox/calendar/v3/calendars/primary/events").then().statusCode(200).extract().jsonPath();
        return events.getList("items");
    }

    public Map<String, Object> googleCalls() {
        return googleControl().get("/sandbox/stats").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    /** A request to the sandbox's controls (settings, stats), which only a signed-in recruiter may use. */
    public RequestSpecification googleControl() {
        if (googleSession == null) {
            googleSession = Accounts.signIn(given().baseUri(google.url()), OPERATOR, Accounts.PASSWORD).getCookie("rs-session");
        }
        return given().baseUri(google.url()).cookie("rs-session", googleSession);
    }

    public Path logs() {
        return logs;
    }

    /** The database, the key signing form tokens, the first account and the API key every node is started with. */
    private Map<String, String> database(String name) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", name),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY", "cluster-test-csrf-signature-key-0123456789",
                "RECRUITING_ACCOUNTS_BOOTSTRAP_ADMIN_EMAIL", OPERATOR,
                "RECRUITING_ACCOUNTS_BOOTSTRAP_ADMIN_PASSWORD", Accounts.PASSWORD,
                "RECRUITING_API_BOOTSTRAP_KEY", ApiKeyForEveryRequest.KEY);
    }

    /** A request to an instance's API, with the key. */
    public static RequestSpecification api(String baseUri) {
        return given().baseUri(baseUri).header("Authorization", "Bearer " + ApiKeyForEveryRequest.KEY);
    }

    @Override
    public void close() throws IOException {
        apps.values().forEach(node -> {
            if (node.isAlive()) {
                node.process.destroy();
            }
        });
        if (google.isAlive()) {
            google.process.destroy();
        }
        for (Node node : apps.values()) {
            if (node.process != null) {
                node.kill();
            }
        }
        google.kill();
        postgres.close();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
