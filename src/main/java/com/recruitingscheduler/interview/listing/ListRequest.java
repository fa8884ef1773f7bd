package com.recruitingscheduler.interview.listing;

import com.recruitingscheduler.input.InputRules;
import com.recruitingscheduler.interview.InterviewStatus;
import com.recruitingscheduler.web.FieldProblem;
import com.recruitingscheduler.web.InvalidRequestException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * A list as asked for in a URL — the same parameters on the recruiter's page and in the API — read into a
 * {@link ListFilter} (every bad parameter named at once), and written back into the links of other pages, so a list's
 * URL can be shared and its pages followed.
 *
 * <ul>
 *   <li>{@code q}: words that must all appear in the role, the candidate's name or e-mail, or a panel member's</li>
 *   <li>{@code status}: one or more statuses (repeated, or comma-separated); none: all but cancelled</li>
 *   <li>{@code when}: {@code upcoming}, {@code past} or {@code all}</li>
 *   <li>{@code from}, {@code to}: dates ({@code 2026-12-01}, in the viewer's zone; {@code to} included) or instants</li>
 *   <li>{@code updatedSince}: an instant; the list is then in the order of change, cancelled interviews included</li>
 *   <li>{@code limit}: rows per page; {@code cursor}: where the page starts, as a list's links give it</li>
 * </ul>
 */
public record ListRequest(String q, List<String> status, String when, String from, String to, String updatedSince,
                          String limit, String cursor) {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_LIMIT = 200;
    private static final int MAX_WORDS = 8;

    public ListRequest {
        status = status == null ? List.of() : status.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    /** The filter asked for, dates read in {@code zone}; a 400 naming every bad parameter otherwise. */
    public ListFilter filter(ZoneId zone, ListFilter.Window defaultWindow, int defaultLimit) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> words = words(problems);
        Set<InterviewStatus> statuses = statuses(problems);
        ListFilter.Window window = window(defaultWindow, problems);
        Instant start = moment("from", from, zone, false, problems);
        Instant end = moment("to", to, zone, true, problems);
        if (start != null && end != null && !start.isBefore(end)) {
            problems.add(new FieldProblem("to", "must be after 'from'"));
        }
        Instant since = null;
        if (present(updatedSince)) {
            try {
                since = OffsetDateTime.parse(updatedSince.strip()).toInstant();
            } catch (DateTimeException e) {
                problems.add(new FieldProblem("updatedSince", "must be a date and time like 2026-12-01T15:00:00Z"));
            }
        }
        int rows = limit(defaultLimit, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        // A sync must see cancellations: with updatedSince and no status asked for, every status is listed.
        if (since != null && statuses.isEmpty()) {
            statuses = EnumSet.allOf(InterviewStatus.class);
        }
        return new ListFilter(words, statuses, window, start, end, since, rows);
    }

    /** The cursor asked for, checked against the filter's order; null for the first page. */
    public Cursor cursor(ListFilter filter) {
        if (!present(cursor)) {
            return null;
        }
        Cursor found = Cursor.decode(cursor.strip()).filter(c -> c.order() == filter.order()).orElse(null);
        if (found == null) {
            throw new InvalidRequestException(List.of(new FieldProblem("cursor",
                    "is not a place in this list: follow the list's own links, or start again without it")));
        }
        return found;
    }

    /** The URL of this list at {@code at} (null: its first page), every other parameter kept. */
    public String link(String path, Cursor at) {
        StringJoiner query = new StringJoiner("&");
        add(query, "q", q);
        status.forEach(s -> add(query, "status", s));
        add(query, "when", when);
        add(query, "from", from);
        add(query, "to", to);
        add(query, "updatedSince", updatedSince);
        add(query, "limit", limit);
        if (at != null) {
            add(query, "cursor", at.encode());
        }
        return query.length() == 0 ? path : path + "?" + query;
    }

    /** This list with another {@code when} (the tabs), its first page. */
    public ListRequest inWindow(String window) {
        return new ListRequest(q, status, window, from, to, updatedSince, limit, null);
    }

    /** Whether anything narrows the list beyond its window. */
    public boolean isNarrowed() {
        return present(q) || !status.isEmpty() || present(from) || present(to);
    }

    private List<String> words(List<FieldProblem> problems) {
        if (!present(q)) {
            return List.of();
        }
        if (q.length() > MAX_QUERY_LENGTH || InputRules.hasControlCharacters(q, false)) {
            problems.add(new FieldProblem("q", "must be at most " + MAX_QUERY_LENGTH + " characters, without control characters"));
            return List.of();
        }
        List<String> words = Arrays.stream(q.strip().toLowerCase(Locale.ROOT).split("\\s+")).distinct().toList();
        if (words.size() > MAX_WORDS) {
            problems.add(new FieldProblem("q", "may have at most " + MAX_WORDS + " words"));
            return List.of();
        }
        return words;
    }

    private Set<InterviewStatus> statuses(List<FieldProblem> problems) {
        Set<InterviewStatus> statuses = EnumSet.noneOf(InterviewStatus.class);
        for (String value : status.stream().flatMap(s -> Arrays.stream(s.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()) {
            try {
                statuses.add(InterviewStatus.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("status", "'" + clip(value) + "' is not a status: use "
                        + Arrays.stream(InterviewStatus.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        return statuses;
    }

    private ListFilter.Window window(ListFilter.Window defaultWindow, List<FieldProblem> problems) {
        if (!present(when)) {
            return defaultWindow;
        }
        return switch (when.strip().toLowerCase(Locale.ROOT)) {
            case "upcoming" -> ListFilter.Window.UPCOMING;
            case "past" -> ListFilter.Window.PAST;
            case "all" -> ListFilter.Window.ALL;
            default -> {
                problems.add(new FieldProblem("when", "must be upcoming, past or all"));
                yield defaultWindow;
            }
        };
    }

    /** A date (its start in {@code zone}; for an end, the start of the next day) or an instant. */
    private static Instant moment(String name, String value, ZoneId zone, boolean end, List<FieldProblem> problems) {
        if (!present(value)) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(name, "must be a date like 2026-12-01 or a date and time like 2026-12-01T15:00:00Z"));
            return null;
        }
    }

    private int limit(int defaultLimit, List<FieldProblem> problems) {
        if (!present(limit)) {
            return defaultLimit;
        }
        try {
            int rows = Integer.parseInt(limit.strip());
            if (rows >= 1 && rows <= MAX_LIMIT) {
                return rows;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        problems.add(new FieldProblem("limit", "must be a whole number from 1 to " + MAX_LIMIT));
        return defaultLimit;
    }

    private static void add(StringJoiner query, String name, String value) {
        if (present(value)) {
            query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String clip(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
