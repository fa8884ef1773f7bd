package com.recruitingscheduler.api;

import com.recruitingscheduler.web.Problem;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;

/**
 * Problem bodies for the API's errors that no endpoint writes: a missing or refused key (401, with the key
 * mechanism's {@code WWW-Authenticate} challenge; a page session is no key here), answered by Quarkus' security;
 * a path id that is not well formed or names nothing (JAX-RS answers 404 when a path parameter cannot be read); a
 * method a path does not take (405); a body that is not JSON (415); and a path the API does not have at all.
 * Pages keep their own answers.
 */
@ApplicationScoped
public class ApiErrors {

    /** After every endpoint and static file: whatever under {@code /api/} nothing answered. */
    private static final int LAST = 1_000_000;

    void route(@Observes Router router) {
        router.route("/api/*").order(LAST).handler(ApiErrors::noRoute);
    }

    private static void noRoute(RoutingContext context) {
        Problem problem = new Problem("about:blank", "Not Found", 404,
                "There is no " + context.normalizedPath() + " in this API; its endpoints are described at /q/openapi.", List.of());
        context.response().setStatusCode(404).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }

    @ServerResponseFilter
    void problemBodies(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") || response.hasEntity() || response.getStatus() < 400) {
            return;
        }
        int status = response.getStatus();
        String detail = switch (status) {
            case 401 -> "Send a valid API key as 'Authorization: Bearer <key>'. An admin creates keys at /admin/api-keys.";
            case 404 -> "There is nothing at " + path + ": check the id in it (an interview's id is a UUID such as "
                    + "1b4e28ba-2fa1-11d2-883f-0016d3cca427).";
            case 405 -> path + " does not take " + request.getMethod() + "; the methods each path takes are described at /q/openapi.";
            case 415 -> "Send the body as application/json (this request sent "
                    + (request.getMediaType() == null ? "no content type" : request.getMediaType().toString()) + ").";
            default -> null;
        };
        Response.Status known = Response.Status.fromStatusCode(status);
        response.setEntity(new Problem("about:blank", known == null ? "Error " + status : known.getReasonPhrase(), status,
                detail, List.of()), null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
