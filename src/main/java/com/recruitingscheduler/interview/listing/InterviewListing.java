package com.recruitingscheduler.interview.listing;

import com.recruitingscheduler.interview.InterviewStatus;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lists of interviews, as walks along the indexes of {@code V11}: a page is the rows after (or before) a cursor in
 * the filter's order, read as columns (the panel's names are kept on the interview, {@code V12}); its cost does not
 * grow with the table. Totals are counted exactly up to {@link #EXACT_UP_TO} and estimated by PostgreSQL's planner
 * beyond. Read with plain JDBC: a page is a few hundred values, and mapping them through Hibernate's native-query
 * tuples cost more than reading them.
 */
@ApplicationScoped
public class InterviewListing {

    /** Totals up to this are counted; beyond it the planner's estimate is shown as "about …". */
    public static final int EXACT_UP_TO = 1000;

    private static final String COLUMNS = "select i.id, i.title, i.candidate_name, i.candidate_email, "
            + "i.candidate_time_zone, i.start_at, i.choose_to, i.duration_minutes, i.status, i.next_step is not null, "
            + "i.list_at, i.updated_at, i.panel_names from interview i";
    /** The planner's row estimate in the first line of {@code explain}: "Index Scan … (cost=… rows=4529 width=4)". */
    private static final Pattern PLAN_ROWS = Pattern.compile(" rows=(\\d+)");

    private final AgroalDataSource database;

    InterviewListing(AgroalDataSource database) {
        this.database = database;
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
            where.add("(i." + order.column + ", i.id) " + (greater ? ">" : "<") + " (?, ?)", time(cursor.at()), cursor.id());
        }
        boolean descending = order.descending != backwards;
        String direction = descending ? " desc" : "";
        List<ListRow> rows = where.query(COLUMNS + where.sql() + " order by i." + order.column + direction + ", i.id"
                + direction + " limit " + (filter.limit() + 1), InterviewListing::row);
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
     * The planner's estimate comes first (planning only, nothing read); the rows are counted, at most
     * {@link #EXACT_UP_TO} + 1 of them, only when it says there may be that few. Counting a thousand index entries
     * cost more than the whole page they are the total of.
     */
    public Total total(ListFilter filter) {
        Where where = where(filter);
        long estimate = where.query("explain select 1 from interview i" + where.sql(), InterviewListing::planRows).get(0);
        if (estimate > 2L * EXACT_UP_TO) { // far beyond the limit: an estimate is what would be shown anyway
            return new Total(estimate, false);
        }
        long counted = where.query("select count(*) from (select 1 from interview i" + where.sql() + " limit "
                + (EXACT_UP_TO + 1) + ") c", result -> result.getLong(1)).get(0);
        if (counted <= EXACT_UP_TO) {
            return new Total(counted, true);
        }
        return new Total(Math.max(estimate, EXACT_UP_TO + 1L), false);
    }

    private Where where(ListFilter filter) {
        Where where = new Where(database);
        OffsetDateTime now = time(Instant.now());
        switch (filter.window()) {
            case UPCOMING -> where.add("i.list_at >= ?", now);
            case PAST -> where.add("i.list_at < ?", now);
            case ALL -> {
            }
        }
        if (filter.from() != null) {
            where.add("i.list_at >= ?", time(filter.from()));
        }
        if (filter.to() != null) {
            where.add("i.list_at < ?", time(filter.to()));
        }
        if (filter.anyStatus()) {
            where.add("i.status <> '" + InterviewStatus.CANCELLED.name() + "'");
        } else if (filter.statuses().size() < InterviewStatus.values().length) {
            String[] names = filter.statuses().stream().map(Enum::name).toArray(String[]::new);
            where.add("i.status = any (?)", (Object) names); // one value, an array (not the varargs themselves)
        }
        if (filter.updatedSince() != null) {
            where.add("i.updated_at >= ?", time(filter.updatedSince()));
        }
        for (String word : filter.words()) {
            // '!' escapes LIKE's wildcards typed in a word; the trigram index serves '%word%'
            String literal = word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
            where.add("i.search_text like ? escape '!'", "%" + literal + "%");
        }
        return where;
    }

    private static ListRow row(ResultSet row) throws SQLException {
        return new ListRow(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), instant(row, 6), instant(row, 7), row.getInt(8), InterviewStatus.valueOf(row.getString(9)),
                row.getBoolean(10), instant(row, 11), instant(row, 12), row.getString(13));
    }

    private static long planRows(ResultSet plan) throws SQLException {
        Matcher rows = PLAN_ROWS.matcher(plan.getString(1));
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** The conditions of a list and the values they bind, in order; runs a query over them. */
    private static final class Where {
        private final AgroalDataSource database;
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        Where(AgroalDataSource database) {
            this.database = database;
        }

        void add(String condition, Object... bound) {
            conditions.add(condition);
            values.addAll(List.of(bound));
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        <T> List<T> query(String sql, RowMapper<T> mapper) {
            try (Connection connection = database.getConnection();
                 PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int n = 0; n < values.size(); n++) {
                    Object value = values.get(n);
                    if (value instanceof String[] array) {
                        statement.setArray(n + 1, connection.createArrayOf("varchar", array));
                    } else {
                        statement.setObject(n + 1, value);
                    }
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(mapper.map(result));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the list: " + e.getMessage(), e);
            }
        }
    }
}
