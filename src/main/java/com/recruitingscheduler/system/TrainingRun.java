package com.recruitingscheduler.system;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * A training start ({@code recruiting.training-run=true}): the app starts as it always does — the schema migrated,
 * everything booted against the real database —, serves its own sign-in page once, and exits with 0. Run with
 * {@code -XX:ArchiveClassesAtExit=…}, the JVM then writes a class-data archive of every class a start loads, which
 * later starts map instead of loading and verifying them again. It needs a fixed port ({@code quarkus.http.port}).
 */
public class TrainingRun {

    private static final Logger LOG = Logger.getLogger(TrainingRun.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    void afterStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) StartupEvent start,
                    @ConfigProperty(name = "recruiting.training-run", defaultValue = "false") boolean trainingRun,
                    @ConfigProperty(name = "quarkus.http.port") int port) {
        if (!trainingRun) {
            return;
        }
        if (port == 0) {
            LOG.error("Training run: quarkus.http.port is 0 (any free port), so the app cannot ask itself for a page; set a port.");
            Quarkus.asyncExit(1);
            return;
        }
        Thread run = new Thread(() -> Quarkus.asyncExit(servedFirstPage(port) ? 0 : 1), "training-run");
        run.setDaemon(true);
        run.start();
    }

    /** Asks for /login until it answers 200 (the server opens its port after the start observers). */
    private static boolean servedFirstPage(int port) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build();
        Instant giveUp = Instant.now().plus(PATIENCE);
        try {
            while (Instant.now().isBefore(giveUp)) {
                try {
                    if (client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        LOG.info("Training run: the first page was served; exiting so the JVM can write its class-data archive.");
                        return true;
                    }
                } catch (IOException notYet) {
                    // the port is not open yet
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        LOG.error("Training run: /login did not answer 200 within " + PATIENCE.toSeconds() + " s; exiting with 1.");
        return false;
    }
}
