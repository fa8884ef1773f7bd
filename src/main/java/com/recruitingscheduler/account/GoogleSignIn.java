package com.recruitingscheduler.account;

import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Sign in with Google. Quarkus OIDC runs the code flow on {@code /login/google} only; this endpoint then checks the
 * verified e-mail belongs to the allowed Workspace domain and gives the recruiter the app's own session cookie — the
 * same one the password sign-in gives — so every page and every instance treats both alike.
 */
@ApplicationScoped
@Path("/login/google")
public class GoogleSignIn {

    @CheckedTemplate(basePath = "LoginResource")
    static class Templates {
        static native TemplateInstance refused(String reason);
    }

    /** Where the sandbox's OpenID Connect provider lives (its issuer ends so: sandbox/oauth/SandboxGoogleAccounts). */
    private static final String SANDBOX_ISSUER_PATH = "/sandbox/oidc";

    private final AccountsConfig accounts;
    private final boolean enabled;
    private final Sessions sessions;

    @Inject
    OidcSession googleSession;

    @Inject
    @IdToken
    JsonWebToken idToken;

    GoogleSignIn(AccountsConfig accounts, Sessions sessions,
                 @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false") boolean enabled) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.enabled = enabled && accounts.googleDomain().isPresent();
    }

    /** Google sign-in is configured: a client, and the domain whose users may sign in. */
    public boolean isEnabled() {
        return enabled;
    }

    /** Whether an ID token comes from the built-in sandbox's stand-in for Google, which checks no password. */
    private static boolean isSandbox(String issuer) {
        return issuer != null && issuer.endsWith(SANDBOX_ISSUER_PATH);
    }

    /** Whether a verified address may be a recruiter through Google sign-in. */
    public boolean admits(String email) {
        String domain = accounts.googleDomain().orElse(null);
        return enabled && domain != null && email.toLowerCase(Locale.ROOT).endsWith("@" + domain.toLowerCase(Locale.ROOT));
    }

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(RoutingContext routing) {
        String email = idToken.getClaim("email");
        Object verified = idToken.getClaim("email_verified");
        String hostedDomain = idToken.getClaim("hd");
        boolean verifiedEmail = verified != null && Boolean.parseBoolean(verified.toString());
        String domain = accounts.googleDomain().orElse("");
        // Google's part ends here whatever the outcome: only the app's own session opens pages.
        googleSession.logout().await().indefinitely();
        if (!enabled || email == null || !verifiedEmail || !domain.equalsIgnoreCase(hostedDomain) || !admits(email)) {
            return Response.status(403).entity(Templates.refused("Only " + domain + " Google Workspace accounts may sign in here."))
                    .build();
        }
        Optional<Recruiter> account = Recruiter.byEmail(email);
        if (account.isPresent() && !account.get().enabled) {
            return Response.status(403).entity(Templates.refused("Your account is disabled. Ask an administrator.")).build();
        }
        if (account.isPresent() && account.get().admin && isSandbox(idToken.getIssuer()) && LaunchMode.current() != LaunchMode.DEVELOPMENT) {
            // The sandbox's "Google" signs in whatever address is typed: outside dev mode never as an administrator.
            return Response.status(403).entity(Templates.refused("Administrators sign in with their password here: the "
                    + "sandbox's Google sign-in is not Google.")).build();
        }
        sessions.open(email, null, routing);
        return Response.seeOther(URI.create("/interviews")).build();
    }
}
