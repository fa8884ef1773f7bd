package com.recruitingscheduler.interview.web;

import com.recruitingscheduler.interview.InterviewStatus;
import com.recruitingscheduler.interview.listing.InterviewListing;
import com.recruitingscheduler.interview.listing.ListRow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The recruiter's list as the page shows it: rows grouped by day in the viewer's zone, each with the candidate's own
 * local time beside it, the interviews that need attention above, and the links to the pages beside this one.
 *
 * @param when     the tab: upcoming, past or all
 * @param links    the tabs' and pages' URLs, every filter kept
 * @param problems what was wrong with the filters (the list is then empty)
 */
public record ListView(String when, String zone, Search search, List<Day> days, List<Row> attention,
                       String attentionMore, String total, Links links, List<String> problems) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    /** The filters as typed, to fill the search form again. */
    public record Search(String q, String status, String from, String to) {
    }

    public record Links(String upcoming, String past, String all, String first, String next, String previous) {
    }

    public record Day(String label, List<Row> rows) {
    }

    /**
     * @param time          in the viewer's zone ("14:00–14:45"), or when the candidate's window closes
     * @param candidateTime the candidate's own time when their clock differs ("08:00 for the candidate, New York")
     */
    public record Row(UUID id, String time, String candidateTime, int durationMinutes, String title, String candidateName,
                      String candidateEmail, String panel, InterviewStatus status) {
    }

    /** The statuses the filter offers, by their badge words. */
    public List<InterviewStatus> statuses() {
        return List.of(InterviewStatus.values());
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    static List<Day> days(List<ListRow> rows, ZoneId zone) {
        List<Day> days = new ArrayList<>();
        LocalDate current = null;
        List<Row> group = null;
        for (ListRow row : rows) {
            LocalDate date = row.listAt().atZone(zone).toLocalDate();
            if (!date.equals(current)) {
                current = date;
                group = new ArrayList<>();
                days.add(new Day(DAY.format(date), group));
            }
            group.add(row(row, zone));
        }
        return days;
    }

    static Row row(ListRow row, ZoneId zone) {
        String time;
        String candidateTime = null;
        if (row.start() == null) {
            time = "Candidate choosing, until " + DAY_AND_TIME.format(row.chooseTo().atZone(zone));
        } else {
            ZonedDateTime start = row.start().atZone(zone);
            time = TIME.format(start) + "–" + TIME.format(row.end().atZone(zone));
            candidateTime = candidateTime(row.start(), start, row.candidateZone());
        }
        return new Row(row.id(), time, candidateTime, row.durationMinutes(), row.title(), row.candidateName(),
                row.candidateEmail(), row.panel(), row.status());
    }

    /** The candidate's clock at the start, when it reads differently from the viewer's. */
    private static String candidateTime(Instant start, ZonedDateTime shown, ZoneId candidateZone) {
        ZonedDateTime theirs = start.atZone(candidateZone);
        if (theirs.toLocalDateTime().equals(shown.toLocalDateTime())) {
            return null;
        }
        String when = theirs.toLocalDate().equals(shown.toLocalDate()) ? TIME.format(theirs) : DAY_AND_TIME.format(theirs);
        return when + " for the candidate (" + candidateZone.getId() + ")";
    }

    static String total(InterviewListing.Total total) {
        String count = String.format(Locale.ENGLISH, "%,d", total.count());
        String noun = total.count() == 1 ? " interview" : " interviews";
        return total.exact() ? count + noun : "about " + count + noun;
    }
}
