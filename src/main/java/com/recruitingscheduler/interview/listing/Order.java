package com.recruitingscheduler.interview.listing;

import java.time.Instant;

/** The orders a list walks, each along an index of {@code V11}: its key, then the id to break ties. */
public enum Order {
    /** Upcoming and all: by start (or, while the candidate chooses, the end of their window). */
    EARLIEST_FIRST("s", "list_at", false),
    /** Past: the most recent first. */
    LATEST_FIRST("p", "list_at", true),
    /** Incremental sync: by the last change. */
    CHANGED("u", "updated_at", false);

    final String code;
    final String column;
    final boolean descending;

    Order(String code, String column, boolean descending) {
        this.code = code;
        this.column = column;
        this.descending = descending;
    }

    Instant keyOf(ListRow row) {
        return this == CHANGED ? row.updatedAt() : row.listAt();
    }

    static Order ofCode(String code) {
        for (Order order : values()) {
            if (order.code.equals(code)) {
                return order;
            }
        }
        return null;
    }
}
