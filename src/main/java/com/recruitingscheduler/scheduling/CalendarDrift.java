package com.recruitingscheduler.scheduling;

import com.recruitingscheduler.calendar.CalendarEvent;
import com.recruitingscheduler.calendar.CalendarGateway;
import com.recruitingscheduler.interview.Interview;
import com.recruitingscheduler.interview.InterviewStatus;
import com.recruitingscheduler.interview.StepLogEntry;
import com.recruitingscheduler.web.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares upcoming scheduled interviews with their events in Google Calendar, where people can delete, move or
 * strip an event behind the app's back. What differs marks the interview NEEDS_ATTENTION, in plain words. Runs as
 * one cluster-wide recurring task (see {@link DurableSteps}); one events.list call covers all interviews.
 */
@ApplicationScoped
public class CalendarDrift {

    private static final Logger LOG = Logger.getLogger(CalendarDrift.class);

    private final CalendarGateway calendar;

    CalendarDrift(CalendarGateway calendar) {
        this.calendar = calendar;
    }

    /** Checks now; returns how many interviews were found to need attention. */
    public int check() {
        List<Interview> upcoming = QuarkusTransaction.requiringNew().call(Interview::settledUpcoming);
        if (upcoming.isEmpty()) {
            return 0;
        }
        Map<String, CalendarEvent> events = calendar.eventsEndingAfter(Instant.now());
        int flagged = 0;
        for (Interview interview : upcoming) {
            List<String> problems = new ArrayList<>();
            compare(interview, events.get(interview.interviewerEventId), "The interviewers' event",
                    ZoneId.of(interview.recruiterTimeZone), problems);
            compare(interview, events.get(interview.candidateEventId), "The candidate's event",
                    ZoneId.of(interview.candidateTimeZone), problems);
            if (!problems.isEmpty() && flag(interview, String.join(" ", problems))) {
                flagged++;
            }
        }
        return flagged;
    }

    private static void compare(Interview interview, CalendarEvent event, String which, ZoneId zone, List<String> problems) {
        if (event == null || event.isCancelled()) {
            problems.add(which + " was deleted in Google Calendar (or moved into the past).");
            return;
        }
        if (event.start() == null || !event.start().toInstant().equals(interview.start)
                || event.end() == null || !event.end().toInstant().equals(interview.end())) {
            problems.add(which + " was moved in Google Calendar to "
                    + Times.describe(event.start() == null ? null : event.start().withZoneSameInstant(zone)) + ".");
        }
        if (!Objects.equals(event.conferenceId(), interview.conferenceId)) {
            problems.add(which + " no longer carries the interview's video call.");
        }
    }

    /** Marks the interview, unless it changed since it was read (a step, a cancel or a move took over). */
    private static boolean flag(Interview seen, String attention) {
        boolean flagged = QuarkusTransaction.requiringNew().call(() -> {
            Interview current = Interview.findById(seen.id, LockModeType.PESSIMISTIC_WRITE);
            if (current == null || current.version != seen.version || current.status != InterviewStatus.SCHEDULED
                    || current.nextStep != null) {
                return false;
            }
            current.needsAttention(attention);
            StepLogEntry.record(current.id, null, StepLogEntry.Outcome.FAILED, attention, null, null);
            return true;
        });
        if (flagged) {
            LOG.infof("Interview %s needs attention: %s", seen.id, attention);
        }
        return flagged;
    }
}
