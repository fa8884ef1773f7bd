package com.recruitingscheduler.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OAuth 2.0 token endpoint like Google's for service accounts: it takes the signed JWT the Google auth library
 * sends ({@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer}) and answers an access token. Point a key
 * file's {@code token_uri} here to run google mode end to end against the sandbox. It checks the claims; it cannot
 * check the signature, as it does not hold the service account's public key.
 *
 * <p>A plain Vert.x route rather than a REST resource: the Google client posts a form without the app's CSRF token,
 * as it does to Google, so this endpoint must stay outside the app's form protection.
 */
@ApplicationScoped
public class SandboxTokenResource {

    /** A token handed out: who asked ({@code iss}), for whom ({@code sub}) and for what ({@code scope}). */
    public record Grant(String accessToken, String issuer, String subject, String scope) {
    }

    static final String PATH = "/sandbox/oauth2/token";
    private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final ObjectMapper json;
    private final SandboxConfig config;
    private final List<Grant> grants = new CopyOnWriteArrayList<>();

    SandboxTokenResource(ObjectMapper json, SandboxConfig config) {
        this.json = json;
        this.config = config;
    }

    void route(@Observes Router router) {
        router.post(PATH).handler(BodyHandler.create().setBodyLimit(64 * 1024)).handler(this::token);
    }

    private void token(RoutingContext context) {
        if (!config.enabled()) {
            context.response().setStatusCode(404).end();
            return;
        }
        String grantType = context.request().getFormAttribute("grant_type");
        if (!JWT_BEARER.equals(grantType)) {
            error(context, "unsupported_grant_type", "Invalid grant_type: " + grantType);
            return;
        }
        JsonNode claims = claims(context.request().getFormAttribute("assertion"));
        if (claims == null || !claims.hasNonNull("iss") || !claims.hasNonNull("scope") || !claims.hasNonNull("aud")) {
            error(context, "invalid_grant", "Invalid JWT: iss, scope and aud are required.");
            return;
        }
        if (claims.path("exp").asLong(0) < Instant.now().getEpochSecond()) {
            error(context, "invalid_grant", "Invalid JWT: Token must be a short-lived token and in a reasonable timeframe.");
            return;
        }
        String token = "sandbox-" + UUID.randomUUID();
        grants.add(new Grant(token, claims.path("iss").asText(), claims.path("sub").asText(null), claims.path("scope").asText()));
        reply(context, 200, Map.of("access_token", token, "expires_in", 3599, "token_type", "Bearer"));
    }

    public List<Grant> grants() {
        return List.copyOf(grants);
    }

    private JsonNode claims(String assertion) {
        String[] parts = assertion == null ? new String[0] : assertion.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            return json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private void error(RoutingContext context, String error, String description) {
        reply(context, 400, Map.of("error", error, "error_description", description));
    }

    private void reply(RoutingContext context, int status, Map<String, Object> body) {
        JsonReplies.reply(json, context, status, body);
    }
}
