package com.recruitingscheduler.cluster;

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

import static io.restassured.RestAssured.given;

/**
 * The packaged app started as the README says ({@code java -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar}
 * in {@code target/quarkus-app}, the archive the build made), on its own port, for the benchmarks: how long until its
 * first page, and how much memory it holds.
 */
final class PackagedApp implements AutoCloseable {

    final int port;
    final Duration toFirstPage;
    private final Process process;

    private PackagedApp(int port, Process process, Duration toFirstPage) {
        this.port = port;
        this.process = process;
        this.toFirstPage = toFirstPage;
    }

    /** Launches the app with these settings (environment variables) and waits for {@code /login} to answer 200. */
    static PackagedApp start(Map<String, String> settings) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path app = Path.of("target", "quarkus-app");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (Files.exists(app.resolve("app-cds.jsa"))) {
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile());
        Map<String, String> env = new HashMap<>(settings);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", "0");
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        builder.redirectOutput(Files.createTempFile("packaged-app", ".log").toFile());
        long launched = System.nanoTime();
        Process process = builder.start();
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

    String url() {
        return "http://localhost:" + port;
    }

    /** Resident memory now, from /proc (Linux). */
    long rssMegabytes() {
        try {
            String status = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "status"));
            return Long.parseLong(status.replaceAll("(?s).*VmRSS:\\s+(\\d+) kB.*", "$1")) / 1024;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
