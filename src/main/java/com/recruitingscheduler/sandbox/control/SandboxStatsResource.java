package com.recruitingscheduler.sandbox.control;

import com.recruitingscheduler.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** The sandbox's call counts over HTTP, for benchmarks: read them, or start counting again. */
@RolesAllowed(Roles.RECRUITER) // only where the sandbox is enabled, and then only for signed-in recruiters
@Path("/sandbox/stats")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxStatsResource {

    private final SandboxStats stats;

    SandboxStatsResource(SandboxStats stats) {
        this.stats = stats;
    }

    @GET
    public Map<String, Long> get() {
        return stats.get();
    }

    @DELETE
    public Map<String, Long> reset() {
        stats.reset();
        return stats.get();
    }
}
