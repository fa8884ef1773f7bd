package com.recruitingscheduler.account;

import com.recruitingscheduler.web.ClientAddress;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.Duration;

/**
 * The sign-in page and form (e-mail and password, with a CSRF token like every form) and signing out. A failed
 * sign-in answers 401 after the delay {@link SignInThrottle} sets; too many answer 429 with {@code Retry-After}.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    private final GoogleSignIn google;
    private final SignIn signIn;
    private final Sessions sessions;
    private final ClientAddress clients;

    LoginResource(GoogleSignIn google, SignIn signIn, Sessions sessions, ClientAddress clients) {
        this.google = google;
        this.signIn = signIn;
        this.sessions = sessions;
        this.clients = clients;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String problem, boolean signedOut, boolean google, String email);
    }

    @GET
    @Path("/login")
    public TemplateInstance login(@QueryParam("signedOut") boolean signedOut) {
        return Templates.login(null, signedOut, google.isEnabled(), "");
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Blocking
    public Uni<Response> signIn(@RestForm String email, @RestForm String password, @RestForm String timeZone,
                                RoutingContext routing) {
        String typed = email == null ? "" : email.trim();
        SignIn.Result result = signIn.attempt(typed, password, clients.of(routing));
        if (result instanceof SignIn.Result.SignedIn signedIn) {
            sessions.open(signedIn.email(), timeZone, routing);
            return Uni.createFrom().item(Response.seeOther(URI.create("/interviews")).build());
        }
        if (result instanceof SignIn.Result.Throttled throttled) {
            long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
            return Uni.createFrom().item(Response.status(429)
                    .header("Retry-After", Math.max(1, throttled.retryAfter().toSeconds()))
                    .entity(Templates.login("Too many failed sign-ins. Try again in " + minutes
                            + (minutes == 1 ? " minute." : " minutes."), false, google.isEnabled(), typed)).build());
        }
        Response failed = Response.status(401).entity(Templates.login("Wrong e-mail or password, or the account is disabled.",
                false, google.isEnabled(), typed)).build();
        Duration delay = ((SignIn.Result.Failed) result).delay();
        return delay.isZero() ? Uni.createFrom().item(failed) : Uni.createFrom().item(failed).onItem().delayIt().by(delay);
    }

    /** Ends this browser's session everywhere and clears its cookie; a form post with the CSRF token. */
    @POST
    @Path("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(RoutingContext routing) {
        sessions.end(routing);
        return Response.seeOther(URI.create("/login?signedOut=true")).build();
    }
}
