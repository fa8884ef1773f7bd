package com.recruitingscheduler.interview;

import com.recruitingscheduler.input.PlainText;
import com.recruitingscheduler.interview.NewInterview.Interviewer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

import static com.recruitingscheduler.interview.NewInterview.MAX_MINUTES;
import static com.recruitingscheduler.interview.NewInterview.MAX_NOTES;
import static com.recruitingscheduler.interview.NewInterview.MAX_PANEL;
import static com.recruitingscheduler.interview.NewInterview.MAX_TITLE;
import static com.recruitingscheduler.interview.NewInterview.MIN_MINUTES;

/**
 * A change to a scheduled interview, any part of it: a new start or length, a new title, new notes for the
 * interviewers (an empty text removes them), a new panel (the whole list: who is left out leaves). What is not given
 * stays as it is.
 */
public record InterviewChanges(
        @Future(message = "must be in the future") Instant start,
        @Min(MIN_MINUTES) @Max(MAX_MINUTES) Integer durationMinutes,
        @PlainText @Size(max = MAX_TITLE) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
        @PlainText(lineBreaks = true) @Size(max = MAX_NOTES) String interviewerNotes,
        @Size(min = 1, max = MAX_PANEL, message = "must list 1 to 20 interviewers")
        List<@NotNull @Valid Interviewer> interviewers,
        Boolean allowConflicts) {

    /** A new time alone. */
    public static InterviewChanges time(Instant start, Integer durationMinutes, Boolean allowConflicts) {
        return new InterviewChanges(start, durationMinutes, null, null, null, allowConflicts);
    }

    /** Nothing is asked for. */
    public boolean isEmpty() {
        return start == null && durationMinutes == null && title == null && interviewerNotes == null && interviewers == null;
    }

    /** Only the time or the length is asked to change: a move. */
    public boolean isTimeOnly() {
        return title == null && interviewerNotes == null && interviewers == null;
    }

    /** Whether the change goes ahead even where people are busy or over a limit. */
    public boolean conflictsAllowed() {
        return Boolean.TRUE.equals(allowConflicts);
    }
}
