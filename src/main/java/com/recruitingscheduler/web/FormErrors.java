package com.recruitingscheduler.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages to show beside a form's fields, keyed like the API's field paths ({@code candidate.email}), and the
 * summary above the form that links to each. A form names its fields ({@link #named}): the element a summary line
 * links to, the words a person reads ("Interviewer 2's e-mail"), and what to ask for when nothing was entered
 * ("enter an e-mail address"). The rules' own wording (shared with the API) is put into a recruiter's words here.
 */
public class FormErrors {

    /**
     * How a form names a field to a person.
     *
     * @param anchor  the id of the input a summary line links to (and that carries {@code aria-invalid})
     * @param label   the words for the field, naming the person where there is one: "Interviewer 2's e-mail"
     * @param missing what to ask for when it was left empty: "enter an e-mail address"
     */
    public record Name(String anchor, String label, String missing) {
    }

    /** One line of the summary: the link to the field and "Interviewer 2's e-mail: enter an e-mail address". */
    public record Line(String anchor, String text) {
    }

    private static final Pattern AT_MOST = Pattern.compile("size must be between 0 and (\\d+)");
    private static final Pattern BETWEEN = Pattern.compile("(?:size )?must be between (\\d+) and (\\d+)");
    private static final Pattern AT_LEAST_NUMBER = Pattern.compile("must be greater than or equal to (\\d+)");
    private static final Pattern AT_MOST_NUMBER = Pattern.compile("must be less than or equal to (\\d+)");

    private final Map<String, String> messages = new LinkedHashMap<>();
    private Function<String, Name> names = field -> new Name(field.replaceAll("[^A-Za-z0-9]+", "-"), field, null);

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

    /** How this form names its fields; fields it does not know keep their path as their name. */
    public FormErrors named(Function<String, Name> names) {
        Function<String, Name> fallback = this.names;
        this.names = field -> {
            Name name = names.apply(field);
            return name == null ? fallback.apply(field) : name;
        };
        return this;
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The rule's own words for what is wrong with the field (as the API says it), or null. */
    public String of(String field) {
        return messages.get(field);
    }

    /** The message beside the field, in a recruiter's words, starting with a capital; null when it has none. */
    public String message(String field) {
        String message = messages.get(field);
        if (message == null) {
            return null;
        }
        String said = inWords(names.apply(field), message);
        return Character.toUpperCase(said.charAt(0)) + said.substring(1);
    }

    /** For a row of a repeated group, such as the panel: {@code interviewers[2].email}. */
    public boolean hasRow(int index, String field) {
        return has("interviewers[" + index + "]." + field);
    }

    public String messageRow(int index, String field) {
        return message("interviewers[" + index + "]." + field);
    }

    /** The summary above the form: each field in error, in the order found, named and linked. */
    public List<Line> summary() {
        return messages.entrySet().stream().map(e -> {
            Name name = names.apply(e.getKey());
            return new Line(name.anchor(), name.label() + ": " + inWords(name, e.getValue()));
        }).toList();
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public int count() {
        return messages.size();
    }

    /** "must not be blank" → "enter an e-mail address"; "size must be between 0 and 200" → "use 200 characters or fewer". */
    private static String inWords(Name name, String message) {
        if (message.equals("must not be blank") || message.equals("must not be null") || message.equals("must not be empty")) {
            return name.missing() != null ? name.missing() : "fill this in";
        }
        if (message.equals("must be in the future")) {
            return "choose a time in the future";
        }
        if (message.startsWith("must be a plain e-mail address")) {
            return "enter an e-mail address such as name@example.com";
        }
        if (message.startsWith("is not a known time zone")) {
            return "enter a time zone such as Europe/Paris or America/New_York";
        }
        Matcher atMost = AT_MOST.matcher(message);
        if (atMost.matches()) {
            return "use " + atMost.group(1) + " characters or fewer";
        }
        Matcher between = BETWEEN.matcher(message);
        if (between.matches()) {
            return "enter a number from " + between.group(1) + " to " + between.group(2);
        }
        Matcher atLeast = AT_LEAST_NUMBER.matcher(message);
        if (atLeast.matches()) {
            return "enter " + atLeast.group(1) + " or more";
        }
        Matcher atMostNumber = AT_MOST_NUMBER.matcher(message);
        if (atMostNumber.matches()) {
            return "enter " + atMostNumber.group(1) + " or less";
        }
        return message;
    }
}
