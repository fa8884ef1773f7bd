package com.recruitingscheduler.web;

import jakarta.validation.ConstraintViolation;

/**
 * One thing wrong with a request, tied to the field it concerns.
 *
 * @param field the JSON path of the field, e.g. {@code candidate.email} or {@code interviewers[1].name}
 */
public record FieldProblem(String field, String message) {

    public static FieldProblem of(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replace(".<list element>", "");
        return new FieldProblem(path.isEmpty() ? "request" : path, violation.getMessage());
    }
}
