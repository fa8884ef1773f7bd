package com.recruitingscheduler.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * The one place that decides whether the sandbox is served. Switched off, everything under {@code /sandbox} (and the
 * {@code /calendar/v3} alias) answers 404 before any of its resources is reached. Switched on, its Vert.x routes are
 * registered, and {@code /calendar/v3/…} at the app root leads to the sandbox's Calendar API, so Google's own client
 * libraries, which build their URLs from a root URL, reach it too.
 */
@ApplicationScoped
public class SandboxRoutes {

    static final String CALENDAR_API = "/sandbox/calendar/v3";

    void route(@Observes Router router, SandboxConfig config, Instance<SandboxRoute> routes, ObjectMapper json) {
        if (!config.enabled()) {
            router.route("/sandbox*").order(-1000).handler(context -> context.response().setStatusCode(404).end());
            router.route("/calendar/v3*").order(-1000).handler(context -> context.response().setStatusCode(404).end());
            return;
        }
        router.route("/calendar/v3/*").order(-1000).handler(context -> {
            String query = context.request().query();
            context.reroute("/sandbox" + context.request().path() + (query == null ? "" : "?" + query));
        });
        routes.forEach(route -> route.register(router));
        // Under the Calendar API, even a path or method Google does not have answers in Google's JSON error format.
        router.route(CALENDAR_API + "/*").order(Integer.MAX_VALUE - 100).handler(context -> {
            if (context.response().ended()) {
                return;
            }
            context.response().setStatusCode(404).putHeader("Content-Type", "application/json")
                    .end(new SandboxError(404, "notFound", "Not Found").body(json).toString());
        });
    }
}
