package com.recruitingscheduler.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An error the sandbox answers with, in Google's JSON error format ({@code error.code}, {@code error.errors[].reason}). */
public class SandboxError extends RuntimeException {

    public final int status;
    public final String reason;

    public SandboxError(int status, String reason, String message) {
        super(message);
        this.status = status;
        this.reason = reason;
    }

    public static SandboxError notFound() {
        return new SandboxError(404, "notFound", "Not Found");
    }

    public static SandboxError invalid(String message) {
        return new SandboxError(400, "invalid", message);
    }

    /** The body Google sends with an error. */
    public ObjectNode body(ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        ObjectNode error = body.putObject("error").put("code", status).put("message", getMessage());
        error.putArray("errors").addObject().put("domain", "global").put("reason", reason).put("message", getMessage());
        return body;
    }

    public Response response(ObjectMapper json) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body(json)).build();
    }
}
