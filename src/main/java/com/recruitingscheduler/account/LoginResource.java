package com.recruitingscheduler.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The sign-in page (the form posts to Quarkus' {@code /j_security_check}) and signing out. */
@Path("/")
@PermitAll
public class LoginResource {

    private final GoogleSignIn google;

    LoginResource(GoogleSignIn google) {
        this.google = google;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean signedOut, boolean google);
    }

    @GET
    @Path("/login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") boolean error, @QueryParam("signedOut") boolean signedOut) {
        return Templates.login(error, signedOut, google.isEnabled());
    }

    /** Drops the session cookie; a POST with the CSRF token, so no other site can sign a recruiter out. */
    @POST
    @Path("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        NewCookie expired = new NewCookie.Builder("rs-session").value("").path("/").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/login?signedOut=true")).cookie(expired).build();
    }
}
