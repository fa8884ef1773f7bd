package com.recruitingscheduler.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks the e-mail and password of the sign-in form against the recruiter accounts in PostgreSQL. */
@ApplicationScoped
public class RecruiterIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            String password = new String(request.getPassword().getPassword());
            Recruiter recruiter = QuarkusTransaction.requiringNew().call(() -> Recruiter.byEmail(request.getUsername()).orElse(null));
            // Same answer for an unknown e-mail, a wrong password and a disabled account.
            if (recruiter == null || !recruiter.enabled || !recruiter.passwordMatches(password)) {
                throw new AuthenticationFailedException("Wrong e-mail or password");
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(() -> recruiter.email)
                    .addRoles(recruiter.roles())
                    .addAttribute("name", recruiter.name)
                    .build();
        });
    }
}
