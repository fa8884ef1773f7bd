package com.recruitingscheduler.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;

/**
 * Requests to the JSON API and to the sandbox are never form posts. A bodiless one (DELETE, POST .../retry) often
 * comes with a client's default form Content-Type (the Google client's DELETE does), which the CSRF filter treats
 * like a form that lacks its token; marking it JSON before the REST layer sees it lets the filter — which cannot be
 * limited by path — leave these cookie-less, key- or token-authenticated calls alone. Page forms keep their check.
 */
@ApplicationScoped
public class NotAForm {

    void route(@Observes Router router) {
        router.route().order(-100).handler(context -> {
            HttpServerRequest request = context.request();
            String path = request.path();
            if ((path.startsWith("/api/") || path.startsWith("/sandbox/")) && isBodiless(request)) {
                request.headers().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
            }
            context.next();
        });
    }

    private static boolean isBodiless(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null && (length == null || length.equals("0"));
    }
}
