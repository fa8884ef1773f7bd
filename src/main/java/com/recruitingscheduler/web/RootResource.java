package com.recruitingscheduler.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The front door leads to the interviews. */
@Path("/")
@PermitAll
public class RootResource {

    @GET
    public Response index() {
        return Response.seeOther(URI.create("/interviews")).build();
    }
}
