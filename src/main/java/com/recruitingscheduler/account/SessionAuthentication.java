package com.recruitingscheduler.account;

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
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Pages: the {@code rs-session} cookie names a live {@link Sessions session}; its account is read again on every
 * request, so a disabled account or a changed role holds at once. A stranger is sent to {@code /login}.
 */
public final class SessionAuthentication {

    /** The name pages' permission uses to pick this mechanism ({@code auth-mechanism=session}). */
    public static final String SCHEME = "session";

    private SessionAuthentication() {
    }

    /** The session token a browser presented. */
    public static final class Request extends BaseAuthenticationRequest {
        final String token;

        Request(String token) {
            this.token = token;
        }
    }

    @ApplicationScoped
    public static class Mechanism implements HttpAuthenticationMechanism {

        @Override
        public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
            Cookie cookie = context.request().getCookie(Sessions.COOKIE);
            if (cookie == null || cookie.getValue().isEmpty()) {
                return Uni.createFrom().nullItem();
            }
            return identityProviderManager.authenticate(new Request(cookie.getValue()));
        }

        /** A stranger to the pages goes to the sign-in form; the API's challenge is the key mechanism's. */
        @Override
        public Uni<ChallengeData> getChallenge(RoutingContext context) {
            if (context.normalizedPath().startsWith("/api/") || context.normalizedPath().equals("/api")) {
                return Uni.createFrom().nullItem();
            }
            return Uni.createFrom().item(new ChallengeData(302, "Location", "/login"));
        }

        @Override
        public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
            return Set.of(Request.class);
        }

        @Override
        public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
            return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, Sessions.COOKIE, SCHEME));
        }
    }

    @ApplicationScoped
    public static class Provider implements IdentityProvider<Request> {

        private final Sessions sessions;
        private final GoogleSignIn google;

        Provider(Sessions sessions, GoogleSignIn google) {
            this.sessions = sessions;
            this.google = google;
        }

        @Override
        public Class<Request> getRequestType() {
            return Request.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Request request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                Sessions.Live live = sessions.find(request.token)
                        .orElseThrow(() -> new AuthenticationFailedException("The session has ended"));
                if (live.account().isPresent()) {
                    Sessions.Account account = live.account().get();
                    if (!account.enabled()) {
                        throw new AuthenticationFailedException("The account is disabled");
                    }
                    return withZone(QuarkusSecurityIdentity.builder().setPrincipal(account::email)
                            .addRoles(Roles.of(account.admin())).addAttribute("name", account.name()), live.timeZone());
                }
                // No local account: a colleague who signed in with Google, while that domain may sign in.
                if (google.admits(live.email())) {
                    return withZone(QuarkusSecurityIdentity.builder().setPrincipal(live::email).addRole(Roles.RECRUITER)
                            .addAttribute("name", live.email()), live.timeZone());
                }
                throw new AuthenticationFailedException("The account is gone");
            });
        }
    }

    /** The zone pages show times in ({@link Viewer#zone()}): saved by the recruiter, else the browser's at sign-in. */
    private static SecurityIdentity withZone(QuarkusSecurityIdentity.Builder builder, String timeZone) {
        if (timeZone != null) {
            builder.addAttribute(Viewer.TIME_ZONE, timeZone);
        }
        return builder.build();
    }
}
