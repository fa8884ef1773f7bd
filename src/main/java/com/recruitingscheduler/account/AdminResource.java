package com.recruitingscheduler.account;

import com.recruitingscheduler.input.InputRules;
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
import java.util.Locale;
import java.util.Optional;

/** Administration: recruiter accounts (add, disable, enable) and API keys (create — shown once — and revoke). */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    static final int MIN_PASSWORD = 12;

    @CheckedTemplate
    static class Templates {
        /**
         * @param errors         the new-account form's
         * @param passwordErrors a row's new-password form's, under the key {@code password-<id>}: that field's id
         */
        static native TemplateInstance recruiters(List<Recruiter> recruiters, FormErrors errors, FormErrors passwordErrors,
                                                  String email, String name, boolean admin, String me,
                                                  List<AdminAudit> audit, String notice);

        static native TemplateInstance apiKeys(List<ApiKey> keys, FormErrors errors, String newSecret, String newName);
    }

    private final SecurityIdentity identity;

    AdminResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Path("/recruiters")
    public TemplateInstance recruiters() {
        return page(FormErrors.none(), "", "", false, null);
    }

    private TemplateInstance page(FormErrors errors, String email, String name, boolean admin, String notice) {
        return page(errors, FormErrors.none(), email, name, admin, notice);
    }

    private TemplateInstance page(FormErrors errors, FormErrors passwordErrors, String email, String name, boolean admin,
                                  String notice) {
        return Templates.recruiters(Recruiter.all(), errors.named(AdminResource::accountField),
                passwordErrors.named(field -> new FormErrors.Name(field, "New password", "enter a password of 12 to 72 characters")),
                email, name, admin, me(), AdminAudit.latest(20), notice);
    }

    /** How the new-account form names its fields to a person (the error summary links to each). */
    private static FormErrors.Name accountField(String field) {
        return switch (field) {
            case "email" -> new FormErrors.Name("email", "E-mail", "enter their e-mail address");
            case "name" -> new FormErrors.Name("name", "Name", "enter their name");
            case "password" -> new FormErrors.Name("password", "Password", "enter a password of 12 to 72 characters");
            default -> null;
        };
    }

    @POST
    @Path("/recruiters")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addRecruiter(@RestForm String email, @RestForm String name, @RestForm String password,
                                 @RestForm boolean admin) {
        FormErrors errors = FormErrors.none();
        String address = email == null ? "" : email.strip();
        if (!InputRules.isPlainEmail(address)) {
            errors.add("email", "must be a plain e-mail address such as name@example.com");
        } else if (Recruiter.byEmail(address).isPresent()) {
            errors.add("email", "already has an account");
        }
        if (name == null || name.isBlank() || name.length() > 200 || InputRules.hasControlCharacters(name, false)) {
            errors.add("name", "must be 1 to 200 characters, without control characters");
        }
        passwordProblem(password).ifPresent(problem -> errors.add("password", problem));
        if (!errors.isEmpty()) {
            String shownName = name == null ? "" : name;
            return Response.status(400).entity(page(errors, address, shownName, admin, null)).build();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Recruiter.create(address, name, password, admin);
            AdminAudit.record(me(), AdminAudit.Action.ACCOUNT_ADDED, address.toLowerCase(Locale.ROOT));
        });
        return Response.seeOther(URI.create("/admin/recruiters")).build();
    }

    /** Gives an account a new password; its sessions end, on every instance. */
    @POST
    @Path("/recruiters/{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@PathParam("id") long id, @RestForm String password) {
        Optional<String> problem = passwordProblem(password);
        if (problem.isPresent()) {
            return Response.status(400).entity(page(FormErrors.none(), FormErrors.none().add("password-" + id, problem.get()),
                    "", "", false, null)).build();
        }
        String email = QuarkusTransaction.requiringNew().call(() -> {
            Recruiter recruiter = Recruiter.<Recruiter>findByIdOptional(id).orElseThrow(NotFoundException::new);
            recruiter.changePassword(password);
            Sessions.endAll(recruiter.email);
            AdminAudit.record(me(), AdminAudit.Action.PASSWORD_CHANGED, recruiter.email);
            return recruiter.email;
        });
        return Response.ok(page(FormErrors.none(), "", "", false, "New password set for " + email + "; its sessions have ended."))
                .build();
    }

    private static Optional<String> passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 72) {
            return Optional.of("must be " + MIN_PASSWORD + " to 72 characters");
        }
        return Optional.empty();
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
            if (recruiter.enabled == enabled) {
                return;
            }
            recruiter.enabled = enabled;
            if (!enabled) {
                Sessions.endAll(recruiter.email);
            }
            AdminAudit.record(me(), enabled ? AdminAudit.Action.ACCOUNT_ENABLED : AdminAudit.Action.ACCOUNT_DISABLED, recruiter.email);
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
        if (name == null || name.isBlank() || name.length() > 200 || InputRules.hasControlCharacters(name, false)) {
            return Response.status(400).entity(Templates.apiKeys(ApiKey.all(),
                    FormErrors.none().add("name", "must be 1 to 200 characters, without control characters")
                            .named(field -> new FormErrors.Name("name", "Who uses it", null)), null, null)).build();
        }
        ApiKey.Created created = QuarkusTransaction.requiringNew().call(() -> {
            ApiKey.Created key = ApiKey.create(name, me());
            AdminAudit.record(me(), AdminAudit.Action.KEY_CREATED, key.key().name + " (" + key.key().prefix + "…)");
            return key;
        });
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
                AdminAudit.record(me(), AdminAudit.Action.KEY_REVOKED, key.name + " (" + key.prefix + "…)");
            }
        });
        return Response.seeOther(URI.create("/admin/api-keys")).build();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
