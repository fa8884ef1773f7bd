package com.recruitingscheduler.api;

/**
 * The names of the API's security scheme and of the error responses every endpoint refers to
 * ({@code @APIResponse(ref = ApiDescription.NOT_FOUND)}); the document's annotations that define them are on this
 * package ({@code package-info.java}). Each error response is an RFC 9457 problem body.
 */
public final class ApiDescription {

    public static final String BEARER = "bearer";
    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String NOT_FOUND = "NotFound";
    public static final String STATE_CONFLICT = "StateConflict";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String CALENDAR_UNAVAILABLE = "CalendarUnavailable";

    private ApiDescription() {
    }
}
