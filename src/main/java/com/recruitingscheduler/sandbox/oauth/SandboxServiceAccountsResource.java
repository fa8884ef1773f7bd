package com.recruitingscheduler.sandbox.oauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.recruitingscheduler.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * A new service account for this sandbox and its key file, as Google's console hands one out: another app instance
 * (or Google's own client libraries) in google mode, pointed at this sandbox, signs in with it.
 */
@RolesAllowed(Roles.RECRUITER) // only where the sandbox is enabled, and then only for signed-in recruiters
@Path("/sandbox/service-accounts")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxServiceAccountsResource {

    private final ServiceAccounts accounts;

    SandboxServiceAccountsResource(ServiceAccounts accounts) {
        this.accounts = accounts;
    }

    @POST
    public ObjectNode create(@Context UriInfo uri) {
        return accounts.create(uri.getBaseUriBuilder().replacePath(SandboxTokens.PATH).build().toString());
    }
}
