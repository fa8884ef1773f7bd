package com.recruitingscheduler.sandbox.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recruitingscheduler.calendar.BuiltInSandboxToken;
import com.recruitingscheduler.sandbox.JsonReplies;
import com.recruitingscheduler.sandbox.SandboxConfig;
import com.recruitingscheduler.sandbox.SandboxRoute;
import com.recruitingscheduler.sandbox.control.SandboxSettings;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.security.PublicKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OAuth 2.0 token endpoint like Google's for service accounts, and the register of every token the sandbox issued:
 * its Calendar API accepts those and no others. The endpoint takes the signed JWT the Google auth library sends
 * ({@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer}) and answers an access token, after checking, as
 * Google does, the assertion's RS256 signature against the keys of the service account it names ({@code iss},
 * {@link ServiceAccounts}), then its claims. A token with a subject ({@code sub})
 * impersonates that user, as domain-wide delegation allows; without the delegation granted (a sandbox setting) such a
 * request is refused with {@code 401 unauthorized_client}, as Google refuses it. In sandbox mode the app in this
 * process gets the organizer's token directly ({@link BuiltInSandboxToken}).
 *
 * <p>A plain Vert.x route: the Google client posts a form without the app's CSRF token, as it does to Google.
 */
@ApplicationScoped
public class SandboxTokens implements SandboxRoute, BuiltInSandboxToken {

    /** A token handed out: who asked ({@code iss}), for whom ({@code sub}, null without impersonation) and for what. */
    public record Grant(String accessToken, String issuer, String subject, String scope) {
    }

    public static final String PATH = "/sandbox/oauth2/token";
    private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ObjectMapper json;
    private final SandboxSettings settings;
    private final ServiceAccounts accounts;
    private final List<Grant> grants = new CopyOnWriteArrayList<>();
    private final Map<String, Grant> byToken = new ConcurrentHashMap<>();
    private final String builtIn;

    SandboxTokens(ObjectMapper json, SandboxSettings settings, SandboxConfig config, ServiceAccounts accounts) {
        this.json = json;
        this.settings = settings;
        this.accounts = accounts;
        this.builtIn = newToken();
        byToken.put(builtIn, new Grant(builtIn, "built-in", config.organizer(), "https://www.googleapis.com/auth/calendar"));
    }

    @Override
    public void register(Router router) {
        router.post(PATH).handler(BodyHandler.create().setBodyLimit(64 * 1024)).handler(this::token);
    }

    @Override
    public String accessToken() {
        return builtIn;
    }

    /** The grant behind a bearer token, if the sandbox issued it. */
    public Optional<Grant> grantOf(String accessToken) {
        return Optional.ofNullable(accessToken == null ? null : byToken.get(accessToken));
    }

    /** The tokens issued through the endpoint, oldest first. */
    public List<Grant> grants() {
        return List.copyOf(grants);
    }

    private void token(RoutingContext context) {
        String grantType = context.request().getFormAttribute("grant_type");
        if (!JWT_BEARER.equals(grantType)) {
            error(context, 400, "unsupported_grant_type", "Invalid grant_type: " + grantType);
            return;
        }
        String assertion = context.request().getFormAttribute("assertion");
        JsonNode claims = claims(assertion);
        if (claims != null && accounts.keysOf(claims.path("iss").asText(null)).isEmpty()) {
            error(context, 400, "invalid_grant", "Invalid grant: account not found");
            return;
        }
        if (claims != null && !signedByIssuer(assertion, claims.path("iss").asText())) {
            error(context, 400, "invalid_grant", "Invalid JWT Signature.");
            return;
        }
        if (claims == null || !claims.hasNonNull("iss") || !claims.hasNonNull("scope") || !claims.hasNonNull("aud")) {
            error(context, 400, "invalid_grant", "Invalid JWT: iss, scope and aud are required.");
            return;
        }
        if (claims.path("exp").asLong(0) < Instant.now().getEpochSecond()) {
            error(context, 400, "invalid_grant", "Invalid JWT: Token must be a short-lived token and in a reasonable timeframe.");
            return;
        }
        String subject = claims.path("sub").asText(null);
        if (subject != null && !settings.current().delegationGranted()) {
            error(context, 401, "unauthorized_client",
                    "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.");
            return;
        }
        if (subject != null && !subject.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            error(context, 400, "invalid_grant", "Invalid email or User ID");
            return;
        }
        Grant grant = new Grant(newToken(), claims.path("iss").asText(), subject, claims.path("scope").asText());
        grants.add(grant);
        byToken.put(grant.accessToken(), grant);
        JsonReplies.reply(json, context, 200, Map.of("access_token", grant.accessToken(), "expires_in", 3599, "token_type", "Bearer"));
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

    /** Whether the assertion carries an RS256 signature by one of the issuing service account's keys. */
    private boolean signedByIssuer(String assertion, String issuer) {
        for (PublicKey key : accounts.keysOf(issuer)) {
            try {
                JsonWebSignature signature = new JsonWebSignature();
                signature.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256));
                signature.setCompactSerialization(assertion);
                signature.setKey(key);
                if (signature.verifySignature()) {
                    return true;
                }
            } catch (JoseException e) {
                return false; // not a compact JWS, or another algorithm than RS256 ("none" among them)
            }
        }
        return false;
    }

    private void error(RoutingContext context, int status, String error, String description) {
        JsonReplies.reply(json, context, status, Map.of("error", error, "error_description", description));
    }

    private static String newToken() {
        byte[] bits = new byte[24];
        RANDOM.nextBytes(bits);
        return "ya29.sandbox-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }
}
