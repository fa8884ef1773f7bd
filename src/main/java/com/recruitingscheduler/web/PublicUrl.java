package com.recruitingscheduler.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Absolute links to this app, for people outside it (the candidate's link): {@code recruiting.public-url} when set
 * (what the world calls the app behind its proxy), else the scheme and host the current request came to.
 */
public final class PublicUrl {

    private PublicUrl() {
    }

    public static String of(String path) {
        String base = ConfigProvider.getConfig().getOptionalValue("recruiting.public-url", String.class)
                .orElseGet(PublicUrl::requestBase);
        return base.replaceAll("/+$", "") + path;
    }

    /** The candidate's link of a token; null without one. */
    public static String schedulingLink(String token) {
        return token == null ? null : of("/schedule/" + token);
    }

    private static String requestBase() {
        var current = Arc.container().instance(CurrentVertxRequest.class);
        RoutingContext request = current.isAvailable() ? current.get().getCurrent() : null;
        return request == null ? "http://localhost:8080" : request.request().scheme() + "://" + request.request().authority();
    }
}
