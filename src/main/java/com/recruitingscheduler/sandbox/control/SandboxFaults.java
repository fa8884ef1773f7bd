package com.recruitingscheduler.sandbox.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.recruitingscheduler.sandbox.SandboxError;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.concurrent.ThreadLocalRandom;

/** Injects the configured faults into the sandbox's Calendar API, so the app's retries meet what Google does. */
public class SandboxFaults {

    private static final String API = "/sandbox/calendar/";

    private final SandboxSettings settings;
    private final ObjectMapper json;
    private final SandboxStats stats;

    SandboxFaults(SandboxSettings settings, ObjectMapper json, SandboxStats stats) {
        this.settings = settings;
        this.json = json;
        this.stats = stats;
    }

    /** Latency first (without holding a thread), then perhaps an error instead of the call. */
    @ServerRequestFilter(priority = 2000)
    public Uni<Response> beforeCall(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith(API)) {
            return Uni.createFrom().nullItem();
        }
        stats.count(request.getMethod(), request.getHeaderString("X-HTTP-Method-Override"), request.getUriInfo().getPath(),
                request.getUriInfo().getQueryParameters().getFirst("quotaUser"));
        SandboxSettings.Faults faults = settings.current().faults();
        Uni<Void> wait = faults.latency().isZero() ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(faults.latency());
        return wait.map(ignored -> error(faults));
    }

    /** A write that was applied, whose answer is lost on the way: the client cannot tell whether it happened. */
    @ServerResponseFilter
    public void afterCall(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith(API) || "GET".equals(request.getMethod())
                || response.getStatus() >= 300) {
            return;
        }
        if (ThreadLocalRandom.current().nextDouble() < settings.current().faults().lostResponseRate()) {
            http.connection().close();
        }
    }

    private Response error(SandboxSettings.Faults faults) {
        double roll = ThreadLocalRandom.current().nextDouble();
        if (roll < faults.quotaExceededRate()) {
            return new SandboxError(403, "quotaExceeded", "Calendar usage limits exceeded.").response(json);
        }
        if (roll < faults.quotaExceededRate() + faults.errorRate()) {
            return switch (ThreadLocalRandom.current().nextInt(3)) {
                case 0 -> new SandboxError(403, "rateLimitExceeded", "Rate Limit Exceeded").response(json);
                case 1 -> new SandboxError(429, "rateLimitExceeded", "Too Many Requests").response(json);
                default -> new SandboxError(503, "backendError", "The service is currently unavailable.").response(json);
            };
        }
        return null;
    }
}
