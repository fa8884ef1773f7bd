package com.recruitingscheduler.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

import java.util.List;

/**
 * Every test request carries the test profile's bootstrap API key, as an applicant-tracking system would — except in
 * classes marked {@link Anonymous}, which test access itself. A request that sets Authorization itself keeps it.
 */
public class ApiKeyForEveryRequest implements QuarkusTestBeforeEachCallback {

    public static final String KEY = "test-bootstrap-api-key-0123456789abcdef";

    private static final Filter WITH_KEY = (request, response, context) -> {
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + KEY);
        }
        return context.next(request, response);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        boolean anonymous = context.getTestInstance().getClass().isAnnotationPresent(Anonymous.class);
        RestAssured.replaceFiltersWith(anonymous ? List.of() : List.of(WITH_KEY));
    }
}
