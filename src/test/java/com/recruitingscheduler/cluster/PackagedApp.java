package com.recruitingscheduler.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;

/**
 * The packaged app started as the README says ({@code java -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar}
 * in {@code target/quarkus-app}: the archive the build made, or one a training start made), on its own port, for
 * the benchmarks: how long until its first page, and how much memory it holds.
 */
final class PackagedApp implements AutoCloseable {

    private static final Path APP = Path.of("target", "quarkus-app");

    final int port;
    final Duration toFirstPage;
    private final Process process;

    private PackagedApp(int port, Process process, Duration toFirstPage) {
        this.port = port;
        this.process = process;
        this.toFirstPage = toFirstPage;
    }

    /**
     * The settings (environment variables) of a packaged app on this database with the built-in sandbox standing in
     * for Google, as a demonstration runs it; callers add their own.
     */
    static Map<String, String> onSandbox(EmbeddedPostgres postgres) {
        return new HashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "QUARKUS_REST_CSRF_TOKEN_SIGNATURE_KEY", "packaged-app-csrf-signature-key-0123456789",
                "RECRUITING_CALENDAR_MODE", "sandbox", "RECRUITING_SANDBOX_ENABLED", "true",
                "RECRUITING_SANDBOX_ALLOW_IN_PRODUCTION", "true"));
    }

    /** Launches the app with these settings (environment variables) and waits for {@code /login} to answer 200. */
    static PackagedApp start(Map<String, String> settings) throws IOException, InterruptedException {
        return start(settings, APP.resolve("app-cds.jsa"));
    }

    /** The same, mapping this class-data archive (when it exists) as the README says. */
    static PackagedApp start(Map<String, String> settings, Path archive) throws IOException, InterruptedException {
        int port = freePort();
        List<String> options = Files.exists(archive) ? List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath()) : List.of();
        long launched = System.nanoTime();
        Process process = launch(settings, port, options).start();
        while (System.nanoTime() - launched < Duration.ofSeconds(90).toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited at start");
            }
            try {
                if (given().baseUri("http://localhost:" + port).get("/login").statusCode() == 200) {
                    return new PackagedApp(port, process, Duration.ofNanos(System.nanoTime() - launched));
                }
            } catch (Exception notYet) { // RestAssured rethrows ConnectException unchecked
                Thread.sleep(20);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The app did not answer within 90 s");
    }

    /**
     * The README's training start: {@code java -XX:ArchiveClassesAtExit=<archive> -Drecruiting.training-run=true -jar
     * quarkus-run.jar}, which starts against the database, serves its first page and exits; returns its log.
     */
    static String train(Map<String, String> settings, Path archive) throws IOException, InterruptedException {
        int port = freePort();
        Path log = Files.createTempFile("training-run", ".log");
        Process process = launch(settings, port, List.of("-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath(),
                "-Drecruiting.training-run=true")).redirectOutput(log.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("The training start did not exit within 3 minutes; log: " + Files.readString(log));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("The training start exited with " + process.exitValue() + "; log: " + Files.readString(log));
        }
        return Files.readString(log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code java <options> -jar quarkus-run.jar} in {@code target/quarkus-app}, on this port, logging to a file. */
    private static ProcessBuilder launch(Map<String, String> settings, int port, List<String> options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(APP.toFile());
        Map<String, String> env = new HashMap<>(settings);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", "0");
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        builder.redirectOutput(Files.createTempFile("packaged-app", ".log").toFile());
        return builder;
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** Resident memory now, from /proc (Linux). */
    long rssMegabytes() {
        try {
            return kilobytes(Files.readString(Path.of("/proc", String.valueOf(process.pid()), "status")), "VmRSS:\\s+(\\d+) kB") / 1024;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the resident memory is made of, from /proc: the process's own pages and the files it maps (the archive,
     * jars); and the Java heap G1 has committed (not all of it touched), from {@code jcmd GC.heap_info}.
     */
    String memory() {
        try {
            String status = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "status"));
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), "GC.heap_info").redirectErrorStream(true).start();
            String heap = new String(jcmd.getInputStream().readAllBytes());
            return "own " + kilobytes(status, "RssAnon:\\s+(\\d+) kB") / 1024 + " MB, Java heap committed "
                    + kilobytes(heap, "heap\\s+total (\\d+)K") / 1024 + " MB, files " + kilobytes(status, "RssFile:\\s+(\\d+) kB") / 1024 + " MB";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long kilobytes(String text, String pattern) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
