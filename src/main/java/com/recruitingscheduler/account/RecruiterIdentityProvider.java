package com.recruitingscheduler.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Recruiter accounts in PostgreSQL as Quarkus identities: the sign-in form's e-mail and password, and on every
 * later request the e-mail from the encrypted session cookie — read again, so a disabled account is out at once.
 */
public final class RecruiterIdentityProvider {

    private RecruiterIdentityProvider() {
    }

    @ApplicationScoped
    public static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                                  AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                String password = new String(request.getPassword().getPassword());
                Recruiter recruiter = enabled(request.getUsername());
                // The same answer for an unknown e-mail, a wrong password and a disabled account.
                if (recruiter == null || !recruiter.passwordMatches(password)) {
                    throw new AuthenticationFailedException("Wrong e-mail or password");
                }
                return identity(recruiter);
            });
        }
    }

    @ApplicationScoped
    public static class Session implements IdentityProvider<TrustedAuthenticationRequest> {

        private final GoogleSignIn google;

        Session(GoogleSignIn google) {
            this.google = google;
        }

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                String email = request.getPrincipal();
                Recruiter account = QuarkusTransaction.requiringNew().call(() -> Recruiter.byEmail(email).orElse(null));
                if (account != null) {
                    if (!account.enabled) {
                        throw new AuthenticationFailedException("The account is disabled");
                    }
                    return identity(account);
                }
                // No local account: a colleague who signed in with Google, while that domain may sign in.
                if (google.admits(email)) {
                    return QuarkusSecurityIdentity.builder().setPrincipal(() -> email).addRole(Roles.RECRUITER)
                            .addAttribute("name", email).build();
                }
                throw new AuthenticationFailedException("The account is gone or disabled");
            });
        }
    }

    private static Recruiter enabled(String email) {
        Recruiter recruiter = QuarkusTransaction.requiringNew().call(() -> Recruiter.byEmail(email).orElse(null));
        return recruiter != null && recruiter.enabled ? recruiter : null;
    }

    private static SecurityIdentity identity(Recruiter recruiter) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(() -> recruiter.email)
                .addRoles(recruiter.roles())
                .addAttribute("name", recruiter.name)
                .build();
    }
}
