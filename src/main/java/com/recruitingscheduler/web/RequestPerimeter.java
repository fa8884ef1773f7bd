package com.recruitingscheduler.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;

import java.util.Set;

/**
 * The rules every request meets before any resource, in one place:
 * <ul>
 * <li><b>Pages</b> (everything but the JSON API, the sandbox and Quarkus' own paths): a request that changes something
 * must be a form post from this site. Another site's request is refused by {@code Sec-Fetch-Site}, or without it by
 * {@code Origin} (403); anything not a form — no body, no content type, JSON, text — is refused (415), so the CSRF filter, which only
 * checks forms, always checks it; the token itself is signed ({@code quarkus.rest-csrf.token-signature-key}).</li>
 * <li><b>The JSON API and the sandbox</b> are never forms: a bodiless call that arrives with a client's default form
 * content type (the Google client's DELETE does) is marked JSON, so the CSRF filter leaves these cookie-less, key- or
 * token-authenticated calls alone; and API responses never set the CSRF cookie.</li>
 * <li><b>Compression</b>: responses are gzip-compressed when the browser accepts it — but a page answering a request
 * that did not come from this site's own pages (or from the address bar) goes uncompressed: pages carry the CSRF form
 * token and reflect what was typed (the search box), and another site that could make a signed-in browser ask for
 * pages and watch their compressed sizes could guess the token byte by byte (BREACH).</li>
 * <li><b>Content Security Policy</b>: scripts, styles and everything else only from this site, no plug-ins, no framing,
 * forms posted only here. Swagger UI (served in dev and test only, on the management port) runs an inline script,
 * sets inline styles and, in dev, calls the API on the public port of the same machine, so its pages alone get a
 * policy allowing those.</li>
 * <li><b>HTTPS</b>: responses served over HTTPS (directly, or by a trusted proxy's {@code X-Forwarded-Proto}) carry
 * HSTS.</li>
 * </ul>
 */
@ApplicationScoped
public class RequestPerimeter {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> SAME_SITE = Set.of("same-origin", "none");
    private static final String CSRF_COOKIE = "csrf-token";
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; img-src 'self' https: data:";
    private static final String SWAGGER_UI = "/q/swagger-ui";
    private static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY
            + "; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; connect-src 'self' http://localhost:*";

    void route(@Observes Router router) {
        router.route().order(-100).handler(this::check);
    }

    /** The management interface (health, metrics, the OpenAPI document, Swagger UI in dev) gets the same policy. */
    void route(@Observes ManagementInterface management) {
        management.router().route().order(-100).handler(context -> {
            contentSecurityPolicy(context, context.normalizedPath());
            context.next();
        });
    }

    private static void contentSecurityPolicy(RoutingContext context, String path) {
        context.response().putHeader("Content-Security-Policy",
                path.startsWith(SWAGGER_UI) ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = context.normalizedPath();
        contentSecurityPolicy(context, path);
        if ("https".equalsIgnoreCase(request.scheme())) {
            context.response().putHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (isMachinePath(path)) {
            if (isBodiless(request)) {
                request.headers().set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
            }
            if (path.startsWith("/api")) {
                context.addHeadersEndHandler(ignored -> context.response().removeCookie(CSRF_COOKIE, false));
            }
        } else {
            String site = request.getHeader("Sec-Fetch-Site");
            if (site == null || !SAME_SITE.contains(site)) {
                // set as the headers go out: the REST layer clears the encoding of compressible responses before that
                context.addHeadersEndHandler(ignored ->
                        context.response().putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY));
            }
            if (!SAFE.contains(request.method())) {
                if (!isSameSite(request)) {
                    refuse(context, 403, "This action must be sent from a page of this application.");
                    return;
                }
                if (!isForm(request)) {
                    refuse(context, 415, "This action takes a form post (application/x-www-form-urlencoded) with its CSRF token.");
                    return;
                }
            }
        }
        context.next();
    }

    private static void refuse(RoutingContext context, int status, String message) {
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8").end(message);
    }

    /** The JSON API, the sandbox (Google's stand-in and its controls) and Quarkus' own endpoints: no page forms. */
    private static boolean isMachinePath(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/sandbox/") || path.startsWith("/calendar/v3/")
                || path.startsWith("/q/");
    }

    /**
     * A browser says where a request comes from. {@code Sec-Fetch-Site} (every current browser sends it) decides;
     * without it, an {@code Origin} naming another site is refused. {@code Origin: null} decides nothing: browsers
     * send it for this app's own forms too, because its pages ask for {@code Referrer-Policy: no-referrer}.
     */
    private static boolean isSameSite(HttpServerRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return SAME_SITE.contains(fetchSite);
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin == null || origin.equals("null") || origin.equalsIgnoreCase(request.scheme() + "://" + request.authority());
    }

    private static boolean isForm(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null) {
            return false;
        }
        String mediaType = type.split(";", 2)[0].trim();
        return mediaType.equalsIgnoreCase(MediaType.APPLICATION_FORM_URLENCODED) || mediaType.equalsIgnoreCase(MediaType.MULTIPART_FORM_DATA);
    }

    private static boolean isBodiless(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null && (length == null || length.equals("0"));
    }
}
