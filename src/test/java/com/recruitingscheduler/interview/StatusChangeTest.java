package com.recruitingscheduler.interview;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.recruitingscheduler.interview.InterviewStatus.AWAITING_CANDIDATE;
import static com.recruitingscheduler.interview.InterviewStatus.CANCELLED;
import static com.recruitingscheduler.interview.InterviewStatus.FAILED;
import static com.recruitingscheduler.interview.InterviewStatus.NEEDS_ATTENTION;
import static com.recruitingscheduler.interview.InterviewStatus.SCHEDULED;
import static com.recruitingscheduler.interview.InterviewStatus.SCHEDULING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The status table, every change from every status (a new interview's "none" included): plain Java, no app. */
class StatusChangeTest {

    /** The lifecycle as the README and the recruiter know it, written out independently of the table. */
    private record Expected(Set<InterviewStatus> from, boolean fromNew, InterviewStatus to) {
    }

    private static final Map<StatusChange, Expected> LIFECYCLE = new EnumMap<>(Map.of(
            StatusChange.SCHEDULE, new Expected(Set.of(), true, SCHEDULING),
            StatusChange.AWAIT_CANDIDATE, new Expected(Set.of(), true, AWAITING_CANDIDATE),
            StatusChange.CANDIDATE_CHOSE, new Expected(Set.of(AWAITING_CANDIDATE), false, SCHEDULING),
            StatusChange.EVERYONE_INVITED, new Expected(Set.of(SCHEDULING), false, SCHEDULED),
            StatusChange.CHANGE, new Expected(Set.of(SCHEDULED, NEEDS_ATTENTION), false, SCHEDULED),
            StatusChange.ATTENTION_NEEDED, new Expected(Set.of(SCHEDULED), false, NEEDS_ATTENTION),
            StatusChange.FAIL, new Expected(Set.of(SCHEDULING), false, FAILED),
            StatusChange.RETRY, new Expected(Set.of(FAILED), false, SCHEDULING),
            StatusChange.CANCEL, new Expected(Set.of(AWAITING_CANDIDATE, SCHEDULING, SCHEDULED, NEEDS_ATTENTION, FAILED), false,
                    CANCELLED)));

    private static List<InterviewStatus> everyStatusAndNone() {
        List<InterviewStatus> all = new ArrayList<>(Arrays.asList(InterviewStatus.values()));
        all.add(null);
        return all;
    }

    @Test
    void everyChangeIsAllowedExactlyFromTheStatusesTheLifecycleNames() {
        assertThat(LIFECYCLE.keySet()).containsExactlyInAnyOrder(StatusChange.values());
        for (StatusChange change : StatusChange.values()) {
            Expected expected = LIFECYCLE.get(change);
            for (InterviewStatus from : everyStatusAndNone()) {
                boolean allowed = from == null ? expected.fromNew() : expected.from().contains(from);
                assertThat(change.allowedFrom(from)).as("%s from %s", change, from).isEqualTo(allowed);
                if (allowed) {
                    assertThat(change.after(from)).as("%s from %s", change, from).isEqualTo(expected.to());
                } else {
                    assertThatThrownBy(() -> change.after(from)).as("%s from %s", change, from)
                            .isInstanceOf(InterviewStateException.class).hasMessageContaining("cannot be");
                }
            }
        }
    }

    @Test
    void aCancelledInterviewIsFinalAndEveryOtherCanBeCancelled() {
        for (StatusChange change : StatusChange.values()) {
            assertThat(change.allowedFrom(CANCELLED)).as("%s from CANCELLED", change).isFalse();
        }
        EnumSet.complementOf(EnumSet.of(CANCELLED)).forEach(status ->
                assertThat(StatusChange.CANCEL.after(status)).isEqualTo(CANCELLED));
    }

    @Test
    void everyStatusCanBeReachedFromANewInterview() {
        Set<InterviewStatus> reached = EnumSet.noneOf(InterviewStatus.class);
        List<InterviewStatus> frontier = new ArrayList<>();
        frontier.add(null);
        while (!frontier.isEmpty()) {
            InterviewStatus from = frontier.remove(0);
            for (StatusChange change : StatusChange.values()) {
                if (change.allowedFrom(from) && reached.add(change.after(from))) {
                    frontier.add(change.after(from));
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(InterviewStatus.values());
    }
}
