package com.recruitingscheduler.interview.listing;

import com.recruitingscheduler.interview.InterviewStatus;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a list shows: the interviews whose search text holds every word, of the statuses asked for (every status but
 * cancelled when none is), in the window and the dates, changed since a moment — and in which order.
 *
 * @param statuses     empty: every status but {@link InterviewStatus#CANCELLED}
 * @param from         inclusive, or null
 * @param to           exclusive, or null
 * @param updatedSince inclusive, or null; when set the list is in the order of change, for incremental sync
 */
public record ListFilter(List<String> words, Set<InterviewStatus> statuses, Window window, Instant from, Instant to,
                         Instant updatedSince, int limit) {

    /** Which side of now. */
    public enum Window {
        UPCOMING, PAST, ALL
    }

    /** What needs a recruiter: their own section above the list, never a sort key over the whole table. */
    static final Set<InterviewStatus> ATTENTION = EnumSet.of(InterviewStatus.NEEDS_ATTENTION, InterviewStatus.FAILED);

    public ListFilter {
        words = List.copyOf(words);
        statuses = statuses.isEmpty() ? EnumSet.noneOf(InterviewStatus.class) : EnumSet.copyOf(statuses);
    }

    public Order order() {
        if (updatedSince != null) {
            return Order.CHANGED;
        }
        return window == Window.PAST ? Order.LATEST_FIRST : Order.EARLIEST_FIRST;
    }

    /** The same search, narrowed to what needs attention and still to come. */
    public ListFilter attention(int atMost) {
        return new ListFilter(words, ATTENTION, Window.UPCOMING, from, to, updatedSince, atMost);
    }

    /** Whether the statuses were left to the default (all but cancelled). */
    public boolean anyStatus() {
        return statuses.isEmpty();
    }
}
