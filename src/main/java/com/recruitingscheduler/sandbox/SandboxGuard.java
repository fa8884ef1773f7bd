package com.recruitingscheduler.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/** Hides the sandbox when it is switched off, and asks for a bearer token on its Calendar API as Google does. */
public class SandboxGuard {

    private final SandboxConfig config;
    private final ObjectMapper json;

    SandboxGuard(SandboxConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> guard(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/sandbox")) {
            return Optional.empty();
        }
        if (!config.enabled()) {
            return Optional.of(Response.status(Response.Status.NOT_FOUND).build());
        }
        String authorization = request.getHeaderString("Authorization");
        if (path.startsWith("/sandbox/calendar/") && (authorization == null || !authorization.startsWith("Bearer ")
                || authorization.length() <= "Bearer ".length())) {
            return Optional.of(SandboxCalendarResource.googleError(json, 401, "authError",
                    "Request is missing required authentication credential. Expected OAuth 2 access token."));
        }
        return Optional.empty();
    }
}
