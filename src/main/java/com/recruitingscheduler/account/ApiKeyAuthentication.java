package com.recruitingscheduler.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * API keys on {@code /api}: {@code Authorization: Bearer <key>}, checked against the stored hashes (or the bootstrap
 * key from configuration). Anywhere else this mechanism stays silent, so pages keep their sign-in form.
 */
public final class ApiKeyAuthentication {

    private ApiKeyAuthentication() {
    }

    /** The key presented by a client. */
    public static final class Request extends BaseAuthenticationRequest {
        final String key;

        Request(String key) {
            this.key = key;
        }
    }

    @ApplicationScoped
    public static class Mechanism implements HttpAuthenticationMechanism {

        @Override
        public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
            if (!context.normalizedPath().startsWith("/api/") && !context.normalizedPath().equals("/api")) {
                return Uni.createFrom().nullItem();
            }
            String header = context.request().getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
                return Uni.createFrom().nullItem();
            }
            return identityProviderManager.authenticate(new Request(header.substring(7).trim()));
        }

        /** Challenges only on /api; pages are left to the sign-in form's redirect. */
        @Override
        public Uni<ChallengeData> getChallenge(RoutingContext context) {
            if (!context.normalizedPath().startsWith("/api")) {
                return Uni.createFrom().nullItem();
            }
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer realm=\"recruiting-scheduler\""));
        }

        @Override
        public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
            return Set.of(Request.class);
        }

        @Override
        public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
            return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
        }
    }

    @ApplicationScoped
    public static class Provider implements IdentityProvider<Request> {

        private final ApiConfig config;

        Provider(ApiConfig config) {
            this.config = config;
        }

        @Override
        public Class<Request> getRequestType() {
            return Request.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Request request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                if (config.bootstrapKey().filter(key -> constantTimeEquals(key, request.key)).isPresent()) {
                    return identity("bootstrap-key");
                }
                ApiKey key = QuarkusTransaction.requiringNew().call(() -> ApiKey.active(request.key).orElse(null));
                if (key == null) {
                    throw new AuthenticationFailedException("Unknown or revoked API key");
                }
                return identity("api-key:" + key.name);
            });
        }

        private static SecurityIdentity identity(String name) {
            return QuarkusSecurityIdentity.builder().setPrincipal(() -> name).addRole(Roles.API).build();
        }

        private static boolean constantTimeEquals(String expected, String given) {
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
        }
    }
}
