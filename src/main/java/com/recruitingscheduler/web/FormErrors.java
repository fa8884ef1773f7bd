package com.recruitingscheduler.web;


import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The messages to show beside a form's fields, keyed like the API's field paths ({@code candidate.email}). */
public class FormErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public FormErrors add(String field, String message) {
        messages.merge(field, message, (a, b) -> a + "; " + b);
        return this;
    }

    public FormErrors addAll(List<FieldProblem> problems) {
        problems.forEach(p -> add(p.field(), p.message()));
        return this;
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String of(String field) {
        return messages.get(field);
    }

    /** For a row of a repeated group, such as the panel: {@code interviewers[2].email}. */
    public boolean hasRow(int index, String field) {
        return has("interviewers[" + index + "]." + field);
    }

    public String ofRow(int index, String field) {
        return of("interviewers[" + index + "]." + field);
    }

    /** Every message, in the order added. */
    public List<FieldProblem> all() {
        return messages.entrySet().stream().map(e -> new FieldProblem(e.getKey(), e.getValue())).toList();
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public int count() {
        return messages.size();
    }
}
