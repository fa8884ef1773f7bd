package com.recruitingscheduler.interview.listing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.recruitingscheduler.interview.InterviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The lists of interviews, as walks along the indexes of {@code V11}: a page is the rows after (or before) a cursor in
 * the filter's order, read as columns with each panel's names in the same query; its cost does not grow with the
 * table. Totals are counted exactly up to {@link #EXACT_UP_TO} and estimated by PostgreSQL's planner beyond.
 */
@ApplicationScoped
public class InterviewListing {

    /** Totals up to this are counted; beyond it the planner's estimate is shown as "about …". */
    public static final int EXACT_UP_TO = 1000;

    private static final String COLUMNS = "select i.id, i.title, i.candidate_name, i.candidate_email, "
            + "i.candidate_time_zone, i.start_at, i.choose_to, i.duration_minutes, i.status, i.next_step, i.list_at, "
            + "i.updated_at, (select string_agg(p.name || case when p.shadow then ' (shadow)' else '' end, ', ' "
            + "order by p.position) from interviewer p where p.interview_id = i.id) as panel from interview i";

    private final EntityManager entities;
    private final ObjectMapper json;

    InterviewListing(EntityManager entities, ObjectMapper json) {
        this.entities = entities;
        this.json = json;
    }

    /** One page: its rows in the filter's order and the cursors of the pages beside it (null where there is none). */
    public record Page(List<ListRow> rows, Cursor next, Cursor previous) {
    }

    /** How many a filter lists: exact, or the planner's estimate when more than {@link #EXACT_UP_TO}. */
    public record Total(long count, boolean exact) {
    }

    public Page page(ListFilter filter, Cursor cursor) {
        Order order = filter.order();
        boolean backwards = cursor != null && cursor.before();
        Where where = where(filter);
        if (cursor != null) {
            // after the cursor in the list's order; before it when walking back
            boolean greater = order.descending == backwards;
            where.add("(i." + order.column + ", i.id) " + (greater ? ">" : "<") + " (:cursorAt, :cursorId)");
            where.param("cursorAt", cursor.at());
            where.param("cursorId", cursor.id());
        }
        boolean descending = order.descending != backwards;
        String direction = descending ? " desc" : "";
        Query query = where.bind(entities.createNativeQuery(COLUMNS + where.sql() + " order by i." + order.column
                + direction + ", i.id" + direction + " limit " + (filter.limit() + 1), Tuple.class));
        List<ListRow> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            rows.add(row((Tuple) result));
        }
        boolean more = rows.size() > filter.limit();
        if (more) {
            rows.remove(rows.size() - 1);
        }
        if (backwards) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            // past the end: back to the rows before the cursor's own
            return new Page(rows, null, cursor != null && !backwards ? cursor.reversed() : null);
        }
        Cursor next = backwards || more ? Cursor.after(order, rows.get(rows.size() - 1)) : null;
        Cursor previous = backwards ? (more ? Cursor.before(order, rows.get(0)) : null)
                : (cursor != null ? Cursor.before(order, rows.get(0)) : null);
        return new Page(rows, next, previous);
    }

    /** How many the filter lists; from the page itself when it is a whole first page's worth or less. */
    public Total total(ListFilter filter, Cursor cursor, Page page) {
        if (cursor == null && page.next() == null) {
            return new Total(page.rows().size(), true);
        }
        return total(filter);
    }

    /**
     * Without search words the count walks at most {@link #EXACT_UP_TO} index entries; with them every candidate row
     * would be read to test the words, so the planner's estimate comes first and the rows are counted only when it
     * says there are few.
     */
    public Total total(ListFilter filter) {
        Where where = where(filter);
        if (!filter.words().isEmpty()) {
            long estimate = estimate(where);
            if (estimate > EXACT_UP_TO) {
                return new Total(estimate, false);
            }
        }
        Number counted = (Number) where.bind(entities.createNativeQuery("select count(*) from (select 1 from interview i"
                + where.sql() + " limit " + (EXACT_UP_TO + 1) + ") c")).getSingleResult();
        if (counted.longValue() <= EXACT_UP_TO) {
            return new Total(counted.longValue(), true);
        }
        return new Total(Math.max(estimate(where), EXACT_UP_TO + 1L), false);
    }

    /** PostgreSQL's estimate of the rows a filter lists, from its plan (planning only, nothing read). */
    private long estimate(Where where) {
        Object plan = where.bind(entities.createNativeQuery("explain (format json) select 1 from interview i" + where.sql()))
                .getSingleResult();
        try {
            return json.readTree(plan.toString()).path(0).path("Plan").path("Plan Rows").asLong(0);
        } catch (JsonProcessingException e) {
            return 0;
        }
    }

    private static Where where(ListFilter filter) {
        Where where = new Where();
        Instant now = Instant.now();
        switch (filter.window()) {
            case UPCOMING -> where.add("i.list_at >= :now").param("now", now);
            case PAST -> where.add("i.list_at < :now").param("now", now);
            case ALL -> {
            }
        }
        if (filter.from() != null) {
            where.add("i.list_at >= :from").param("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("i.list_at < :to").param("to", filter.to());
        }
        if (filter.anyStatus()) {
            where.add("i.status <> '" + InterviewStatus.CANCELLED.name() + "'");
        } else if (filter.statuses().size() < InterviewStatus.values().length) {
            where.add("i.status in (:statuses)").param("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.updatedSince() != null) {
            where.add("i.updated_at >= :since").param("since", filter.updatedSince());
        }
        for (int n = 0; n < filter.words().size(); n++) {
            // '!' escapes LIKE's wildcards typed in a word; the trigram index serves '%word%'
            String word = filter.words().get(n).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            where.add("i.search_text like :word" + n + " escape '!'").param("word" + n, "%" + word + "%");
        }
        return where;
    }

    private static ListRow row(Tuple t) {
        return new ListRow(t.get(0, UUID.class), (String) t.get(1), (String) t.get(2), (String) t.get(3),
                (String) t.get(4), instant(t.get(5)), instant(t.get(6)), ((Number) t.get(7)).intValue(),
                InterviewStatus.valueOf((String) t.get(8)), t.get(9) != null, instant(t.get(10)), instant(t.get(11)),
                t.get(12) == null ? "" : (String) t.get(12));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Not a time: " + value.getClass());
    }

    /** The conditions of a list and the values they bind. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        Where add(String condition) {
            conditions.add(condition);
            return this;
        }

        Where param(String name, Object value) {
            params.put(name, value);
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        Query bind(Query query) {
            params.forEach(query::setParameter);
            return query;
        }
    }
}
