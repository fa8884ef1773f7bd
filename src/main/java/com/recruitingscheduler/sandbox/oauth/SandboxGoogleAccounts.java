package com.recruitingscheduler.sandbox.oauth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import com.recruitingscheduler.sandbox.JsonReplies;
import com.recruitingscheduler.sandbox.SandboxRoute;
import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Sign in with Google" stood in by the sandbox: an OpenID Connect provider (discovery, authorization, token, keys)
 * that signs RS256 ID tokens with {@code email}, {@code email_verified} and {@code hd} as Google does. The person
 * signing in is named by {@code login_hint}, or typed on its sign-in page. Vert.x routes, outside the app's forms.
 */
@ApplicationScoped
public class SandboxGoogleAccounts implements SandboxRoute {

    public static final String BASE = "/sandbox/oidc";

    private record Grant(String email, String nonce, String clientId) {
    }

    private final ObjectMapper json;
    private RsaJsonWebKey key; // made at first use: a 2048-bit key costs a fraction of a second, not to be paid at start
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();

    SandboxGoogleAccounts(ObjectMapper json) {
        this.json = json;
    }

    private synchronized RsaJsonWebKey key() throws JoseException {
        if (key == null) {
            key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("sandbox-" + UUID.randomUUID());
        }
        return key;
    }

    @Override
    public void register(Router router) {
        router.get(BASE + "/.well-known/openid-configuration").handler(this::discovery);
        router.get(BASE + "/auth").handler(this::authorize);
        router.get(BASE + "/certs").handler(this::keys);
        router.post(BASE + "/token").handler(BodyHandler.create().setBodyLimit(64 * 1024)).handler(this::token);
    }

    private String issuer(RoutingContext context) {
        return context.request().scheme() + "://" + context.request().authority() + BASE;
    }

    private void discovery(RoutingContext context) {
        String issuer = issuer(context);
        reply(context, 200, Map.of("issuer", issuer,
                "authorization_endpoint", issuer + "/auth",
                "token_endpoint", issuer + "/token",
                "jwks_uri", issuer + "/certs",
                "response_types_supported", new String[]{"code"},
                "subject_types_supported", new String[]{"public"},
                "id_token_signing_alg_values_supported", new String[]{"RS256"},
                "scopes_supported", new String[]{"openid", "email", "profile"},
                "token_endpoint_auth_methods_supported", new String[]{"client_secret_basic", "client_secret_post"}));
    }

    /** Signs in the address of {@code login_hint} (or the one typed) and sends the browser back with a code. */
    private void authorize(RoutingContext context) {
        String email = context.request().getParam("login_hint");
        String redirect = context.request().getParam("redirect_uri");
        if (!isAppSignIn(context, redirect)) {
            // As Google: a redirect_uri not registered for the client is refused, the browser goes nowhere.
            reply(context, 400, Map.of("error", "redirect_uri_mismatch",
                    "error_description", "The sandbox only signs in to this app's own /login/google."));
            return;
        }
        if (email == null || email.isBlank()) {
            String query = context.request().query();
            context.response().putHeader("Content-Type", "text/html; charset=utf-8").end(
                    "<!DOCTYPE html><title>Sandbox Google sign-in</title><h1>Sandbox Google sign-in</h1>"
                            + "<form method=get action=\"" + BASE + "/auth\"><label>E-mail <input name=login_hint type=email required></label>"
                            + hiddenFields(query) + "<button>Sign in</button></form>");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(email.trim(), context.request().getParam("nonce"), context.request().getParam("client_id")));
        String separator = redirect.contains("?") ? "&" : "?";
        context.response().setStatusCode(302).putHeader("Location", redirect + separator + "code=" + code
                + "&state=" + URLEncoder.encode(String.valueOf(context.request().getParam("state")), StandardCharsets.UTF_8)).end();
    }

    /** The one redirect the sandbox's "Google" is registered for: this app's own {@code /login/google}. */
    private static boolean isAppSignIn(RoutingContext context, String redirect) {
        if (redirect == null) {
            return false;
        }
        try {
            URI uri = new URI(redirect);
            String own = context.request().scheme() + "://" + context.request().authority();
            return (uri.getScheme() + "://" + uri.getRawAuthority()).equalsIgnoreCase(own) && "/login/google".equals(uri.getPath())
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void token(RoutingContext context) {
        Grant grant = codes.remove(String.valueOf(context.request().getFormAttribute("code")));
        if (grant == null || !"authorization_code".equals(context.request().getFormAttribute("grant_type"))) {
            reply(context, 400, Map.of("error", "invalid_grant"));
            return;
        }
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer(context));
            claims.setAudience(grant.clientId());
            claims.setSubject("sandbox-" + Integer.toHexString(grant.email().hashCode()));
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(60);
            claims.setClaim("email", grant.email());
            claims.setClaim("email_verified", true);
            claims.setClaim("hd", grant.email().substring(grant.email().indexOf('@') + 1));
            claims.setClaim("name", grant.email());
            if (grant.nonce() != null) {
                claims.setClaim("nonce", grant.nonce());
            }
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            RsaJsonWebKey signing = key();
            jws.setKey(signing.getPrivateKey());
            jws.setKeyIdHeaderValue(signing.getKeyId());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            reply(context, 200, Map.of("access_token", "sandbox-" + UUID.randomUUID(), "token_type", "Bearer",
                    "expires_in", 3599, "id_token", jws.getCompactSerialization(), "scope", "openid email profile"));
        } catch (JoseException e) {
            context.fail(e);
        }
    }

    private void keys(RoutingContext context) {
        try {
            context.response().putHeader("Content-Type", "application/json").end(new JsonWebKeySet(key()).toJson());
        } catch (JoseException e) {
            context.fail(e);
        }
    }

    private static String hiddenFields(String query) {
        StringBuilder fields = new StringBuilder();
        if (query == null) {
            return "";
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && !pair.startsWith("login_hint=")) {
                String name = java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.append("<input type=hidden name=\"").append(escape(name)).append("\" value=\"").append(escape(value)).append("\">");
            }
        }
        return fields.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void reply(RoutingContext context, int status, Map<String, Object> body) {
        JsonReplies.reply(json, context, status, body);
    }
}
