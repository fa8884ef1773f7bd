package com.recruitingscheduler.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

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
 */
@ApplicationScoped
@Path("/sandbox/oauth2/token")
public class SandboxTokenResource {

    /** A token handed out: who asked ({@code iss}), for whom ({@code sub}) and for what ({@code scope}). */
    public record Grant(String accessToken, String issuer, String subject, String scope) {
    }

    private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private final ObjectMapper json;
    private final List<Grant> grants = new CopyOnWriteArrayList<>();

    SandboxTokenResource(ObjectMapper json) {
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@RestForm("grant_type") String grantType, @RestForm("assertion") String assertion) {
        if (!JWT_BEARER.equals(grantType)) {
            return error("unsupported_grant_type", "Invalid grant_type: " + grantType);
        }
        JsonNode claims = claims(assertion);
        if (claims == null || !claims.hasNonNull("iss") || !claims.hasNonNull("scope") || !claims.hasNonNull("aud")) {
            return error("invalid_grant", "Invalid JWT: iss, scope and aud are required.");
        }
        if (claims.path("exp").asLong(0) < Instant.now().getEpochSecond()) {
            return error("invalid_grant", "Invalid JWT: Token must be a short-lived token and in a reasonable timeframe.");
        }
        String token = "sandbox-" + UUID.randomUUID();
        grants.add(new Grant(token, claims.path("iss").asText(), claims.path("sub").asText(null), claims.path("scope").asText()));
        ObjectNode body = json.createObjectNode().put("access_token", token).put("expires_in", 3599).put("token_type", "Bearer");
        return Response.ok(body).build();
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

    private static Response error(String error, String description) {
        return Response.status(400).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", error, "error_description", description)).build();
    }
}
