package com.recruitingscheduler.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.RoutingContext;

import java.util.Map;

/** JSON answers of the sandbox's plain Vert.x routes (the Google sign-in and token endpoints). */
public final class JsonReplies {

    private JsonReplies() {
    }

    public static void reply(ObjectMapper json, RoutingContext context, int status, Map<String, Object> body) {
        try {
            context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
