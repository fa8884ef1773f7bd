package com.recruitingscheduler.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Who is looking at a page, for the layout ({@code inject:viewer}). */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;

    Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous() && identity.hasRole(Roles.RECRUITER);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    public String getName() {
        String name = identity.getAttribute("name");
        return name != null ? name : identity.getPrincipal().getName();
    }
}
