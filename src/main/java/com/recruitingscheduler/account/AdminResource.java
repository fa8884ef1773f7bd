package com.recruitingscheduler.account;

import com.recruitingscheduler.web.FormErrors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/** Administration: recruiter accounts (add, disable, enable) and API keys (create — shown once — and revoke). */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MIN_PASSWORD = 12;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance recruiters(List<Recruiter> recruiters, FormErrors errors, String email, String name,
                                                  boolean admin, String me);

        static native TemplateInstance apiKeys(List<ApiKey> keys, FormErrors errors, String newSecret, String newName);
    }

    private final SecurityIdentity identity;

    AdminResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Path("/recruiters")
    public TemplateInstance recruiters() {
        return Templates.recruiters(Recruiter.all(), FormErrors.none(), "", "", false, me());
    }

    @POST
    @Path("/recruiters")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addRecruiter(@RestForm String email, @RestForm String name, @RestForm String password,
                                 @RestForm boolean admin) {
        FormErrors errors = FormErrors.none();
        String address = email == null ? "" : email.trim();
        if (!EMAIL.matcher(address).matches() || address.length() > 254) {
            errors.add("email", "must be a well-formed e-mail address");
        } else if (Recruiter.byEmail(address).isPresent()) {
            errors.add("email", "already has an account");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            errors.add("name", "must be 1 to 200 characters");
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 72) {
            errors.add("password", "must be " + MIN_PASSWORD + " to 72 characters");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.recruiters(Recruiter.all(), errors, address,
                    name == null ? "" : name, admin, me())).build();
        }
        QuarkusTransaction.requiringNew().run(() -> Recruiter.create(address, name, password, admin));
        return Response.seeOther(URI.create("/admin/recruiters")).build();
    }

    @POST
    @Path("/recruiters/{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@PathParam("id") long id) {
        return setEnabled(id, false);
    }

    @POST
    @Path("/recruiters/{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("id") long id) {
        return setEnabled(id, true);
    }

    private Response setEnabled(long id, boolean enabled) {
        QuarkusTransaction.requiringNew().run(() -> {
            Recruiter recruiter = Recruiter.<Recruiter>findByIdOptional(id).orElseThrow(NotFoundException::new);
            if (!enabled && recruiter.email.equalsIgnoreCase(me())) {
                return; // an admin cannot lock themselves out
            }
            recruiter.enabled = enabled;
        });
        return Response.seeOther(URI.create("/admin/recruiters")).build();
    }

    @GET
    @Path("/api-keys")
    public TemplateInstance apiKeys() {
        return Templates.apiKeys(ApiKey.all(), FormErrors.none(), null, null);
    }

    /** Shows the new key once, in this response only (not in a URL, not cached); afterwards only its hash exists. */
    @POST
    @Path("/api-keys")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createApiKey(@RestForm String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            return Response.status(400).entity(Templates.apiKeys(ApiKey.all(),
                    FormErrors.none().add("name", "must be 1 to 200 characters"), null, null)).build();
        }
        ApiKey.Created created = QuarkusTransaction.requiringNew().call(() -> ApiKey.create(name, me()));
        return Response.ok(Templates.apiKeys(ApiKey.all(), FormErrors.none(), created.secret(), created.key().name))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/api-keys/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") long id) {
        QuarkusTransaction.requiringNew().run(() -> {
            ApiKey key = ApiKey.<ApiKey>findByIdOptional(id).orElseThrow(NotFoundException::new);
            if (key.revokedAt == null) {
                key.revokedAt = Instant.now();
            }
        });
        return Response.seeOther(URI.create("/admin/api-keys")).build();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
