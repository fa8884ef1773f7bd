package com.recruitingscheduler.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged app refuses to start with settings that cannot work, and says which setting to fix. */
class StartupRefusalIT {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    private static String start(Map<String, String> settings) throws Exception {
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_HTTP_PORT", "0",
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "QUARKUS_MANAGEMENT_PORT", "0",
                "QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY", "startup-test-csrf-signature-key-0123456789"));
        env.putAll(settings);
        env.values().removeIf(String::isEmpty);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        Path log = Files.createTempFile("startup", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        assertThat(exited).as("the app should have refused to start; log: " + Files.readString(log)).isTrue();
        assertThat(process.exitValue()).isNotZero();
        return Files.readString(log);
    }

    @Test
    void aTrainingStartWithoutAFixedPortSaysSoAndExitsWithAnError() throws Exception {
        String log = start(Map.of("RECRUITING_CALENDAR_MODE", "sandbox", "RECRUITING_SANDBOX_ENABLED", "true",
                "RECRUITING_SANDBOX_ALLOW_IN_PRODUCTION", "true", "RECRUITING_TRAINING_RUN", "true"));
        assertThat(log).contains("quarkus.http.port is 0");
    }

    @Test
    void aMissingServiceAccountKeyFileStopsTheAppNamingTheSetting() throws Exception {
        String log = start(Map.of("RECRUITING_CALENDAR_MODE", "google", "RECRUITING_CALENDAR_CREDENTIALS", "/nonexistent/key.json",
                "RECRUITING_CALENDAR_ORGANIZER", "recruiting@corp.example"));
        assertThat(log).contains("recruiting.calendar.credentials points to '/nonexistent/key.json'");
    }

    @Test
    void googleModeWithoutAnOrganizerDoesNotStartNamingTheSetting() throws Exception {
        String log = start(Map.of("RECRUITING_CALENDAR_MODE", "google", "RECRUITING_CALENDAR_CREDENTIALS", "/nonexistent/key.json"));
        assertThat(log).contains("RECRUITING_CALENDAR_ORGANIZER").contains("domain-wide delegation");
    }

    @Test
    void productionWithoutAKeyForFormTokensDoesNotStart() throws Exception {
        String log = start(Map.of("RECRUITING_CALENDAR_MODE", "sandbox", "RECRUITING_SANDBOX_ENABLED", "true",
                "RECRUITING_SANDBOX_ALLOW_IN_PRODUCTION", "true", "QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY", ""));
        assertThat(log).contains("QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY");
    }

    @Test
    void theSandboxDoesNotServeProductionWithoutAnExplicitOptIn() throws Exception {
        String log = start(Map.of("RECRUITING_CALENDAR_MODE", "sandbox", "RECRUITING_SANDBOX_ENABLED", "true"));
        assertThat(log).contains("recruiting.sandbox.enabled=true in production")
                .contains("recruiting.sandbox.allow-in-production=true");
    }

    @Test
    void aShortBootstrapApiKeyDoesNotStart() throws Exception {
        String log = start(Map.of("RECRUITING_CALENDAR_MODE", "sandbox", "RECRUITING_SANDBOX_ENABLED", "true",
                "RECRUITING_SANDBOX_ALLOW_IN_PRODUCTION", "true", "RECRUITING_API_BOOTSTRAP_KEY", "short-key"));
        assertThat(log).contains("RECRUITING_API_BOOTSTRAP_KEY").contains("at least 32 characters");
    }

    @Test
    void sandboxModeWithTheSandboxSwitchedOffDoesNotStart() throws Exception {
        String log = start(Map.of("RECRUITING_CALENDAR_MODE", "sandbox"));
        assertThat(log).contains("recruiting.calendar.mode=sandbox needs the built-in sandbox");
    }
}
