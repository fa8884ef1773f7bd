package com.recruitingscheduler.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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
import java.time.ZoneId;
import java.util.List;

/** A recruiter's own settings: the time zone their pages show times in (saved, or their browser's). */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.RECRUITER)
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(List<String> zones, String saved, String shown, String problem, boolean justSaved);
    }

    private final SecurityIdentity identity;
    private final Viewer viewer;

    AccountResource(SecurityIdentity identity, Viewer viewer) {
        this.identity = identity;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance settings(@QueryParam("saved") boolean saved) {
        return page(null, saved);
    }

    /** Saves the zone picked; an empty choice goes back to the browser's zone. */
    @POST
    @Path("/time-zone")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveTimeZone(@RestForm String timeZone) {
        boolean browser = timeZone == null || timeZone.isBlank();
        ZoneId zone = TimeZones.known(timeZone).orElse(null);
        if (!browser && zone == null) {
            return Response.status(400).entity(page("'" + timeZone.strip() + "' is not a time zone: pick one from the list.", false)).build();
        }
        String email = identity.getPrincipal().getName();
        QuarkusTransaction.requiringNew().run(() -> RecruiterPreference.saveTimeZone(email, browser ? null : zone.getId()));
        return Response.seeOther(URI.create("/account?saved=true")).build();
    }

    private TemplateInstance page(String problem, boolean saved) {
        String email = identity.getPrincipal().getName();
        String savedZone = QuarkusTransaction.requiringNew().call(() -> RecruiterPreference.timeZoneOf(email).orElse(null));
        return Templates.settings(TimeZones.REGIONS, savedZone, viewer.zone().map(ZoneId::getId).orElse(null), problem, saved);
    }
}
