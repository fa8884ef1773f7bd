/**
 * What every JSON API endpoint shares: its OpenAPI description (HTTP bearer security, the problem body, the common
 * error responses) and the problem bodies for requests that never reach an endpoint (an unknown route, a malformed
 * id, a wrong content type or method). The endpoints themselves live beside their features
 * ({@code interview.api}, {@code directory.api}, {@code availability}).
 *
 * <p>The document's own annotations are here (SmallRye reads {@code @OpenAPIDefinition} from a package); the names
 * endpoints refer to are {@link com.recruitingscheduler.api.ApiDescription}'s.
 */
@OpenAPIDefinition(
        info = @Info(title = "Recruiting Scheduler API", version = "1",
                description = "Schedule interviews as two private Google Calendar events sharing one conference. "
                        + "Send an API key (an admin creates keys at /admin/api-keys) as `Authorization: Bearer <key>`. "
                        + "Every error is an RFC 9457 problem body (`application/problem+json`)."),
        security = @SecurityRequirement(name = ApiDescription.BEARER),
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = ApiDescription.BEARER, type = SecuritySchemeType.HTTP,
                        scheme = "bearer", description = "An API key, sent as `Authorization: Bearer <key>`."),
                responses = {
                        @APIResponse(name = ApiDescription.BAD_REQUEST, responseCode = "400",
                                description = "The request is invalid; `errors` names each bad field and why.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDescription.UNAUTHORIZED, responseCode = "401",
                                description = "No API key, or not a valid one (a page session is not a key).",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDescription.NOT_FOUND, responseCode = "404",
                                description = "Nothing has this id (or the id is not well formed).",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDescription.STATE_CONFLICT, responseCode = "409",
                                description = "Not possible in the interview's present state (say, moving a cancelled one).",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDescription.UNSUPPORTED_MEDIA_TYPE, responseCode = "415",
                                description = "The body is not sent as `application/json`.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDescription.CALENDAR_UNAVAILABLE, responseCode = "503",
                                description = "Google Calendar could not be reached; nothing was changed. Try again later.",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
                }))
package com.recruitingscheduler.api;

import com.recruitingscheduler.web.Problem;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
