package com.recruitingscheduler.interview;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StepHistoryLinesTest {

    private static StepLogEntry entry(Step step, StepLogEntry.Outcome outcome, String detail, int second) {
        StepLogEntry entry = new StepLogEntry();
        entry.step = step;
        entry.outcome = outcome;
        entry.detail = detail;
        entry.at = Instant.ofEpochSecond(second);
        return entry;
    }

    @Test
    void repeatedConferenceChecksMakeOneLineWithTheirCount() {
        List<StepLogEntry.Line> lines = StepLogEntry.lines(List.of(
                entry(Step.CREATE_INTERVIEWER_EVENT, StepLogEntry.Outcome.WAITING, "pending", 1),
                entry(Step.AWAIT_CONFERENCE, StepLogEntry.Outcome.WAITING, "pending", 2),
                entry(Step.AWAIT_CONFERENCE, StepLogEntry.Outcome.WAITING, "pending", 3),
                entry(Step.AWAIT_CONFERENCE, StepLogEntry.Outcome.RETRYING, "503", 4),
                entry(Step.AWAIT_CONFERENCE, StepLogEntry.Outcome.WAITING, "pending", 5),
                entry(Step.AWAIT_CONFERENCE, StepLogEntry.Outcome.DONE, "created", 6)));

        assertThat(lines).extracting(StepLogEntry.Line::times).containsExactly(1, 2, 1, 1, 1);
        assertThat(lines.get(1).first().at).isEqualTo(Instant.ofEpochSecond(2));
        assertThat(lines.get(1).last().at).isEqualTo(Instant.ofEpochSecond(3));
    }
}
