package com.recruitingscheduler.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.time.ZoneId;
import java.util.Optional;

/** Who is looking at a page, for the layout ({@code inject:viewer}). */
@Named("viewer")
@RequestScoped
public class Viewer {

    /** The identity's attribute holding the zone pages show times in. */
    static final String TIME_ZONE = "timeZone";

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

    /** The zone the viewer reads times in: the one they saved, else their browser's at sign-in; empty when neither. */
    public Optional<ZoneId> zone() {
        return TimeZones.known(identity.getAttribute(TIME_ZONE));
    }

    public String getName() {
        String name = identity.getAttribute("name");
        return name != null ? name : identity.getPrincipal().getName();
    }
}
