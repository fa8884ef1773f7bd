package com.recruitingscheduler.directory;

import io.quarkus.hibernate.orm.panache.Panache;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The app's own active interviews (not cancelled, not failed) of some people over a time range: what counts toward
 * an interviewer's daily and weekly limits, and what a candidate is already booked for. A read model over the
 * interviews' tables, below the features that book them (availability, interview): it names the interview's entities
 * and statuses in its queries only, so no feature above depends on another through it.
 */
public final class Bookings {

    /** The longest an interview lasts, in minutes (an interview's rule, {@code NewInterview.MAX_MINUTES}, is this). */
    public static final int LONGEST_MINUTES = 480;

    /** The statuses of an interview that holds its time, as the queries name them. */
    private static final String ACTIVE = "(com.recruitingscheduler.interview.InterviewStatus.SCHEDULING, "
            + "com.recruitingscheduler.interview.InterviewStatus.SCHEDULED, com.recruitingscheduler.interview.InterviewStatus.NEEDS_ATTENTION)";

    /** An interview's time. */
    public record Booking(Instant start, Instant end) {
        public boolean overlaps(Instant otherStart, Instant otherEnd) {
            return start.isBefore(otherEnd) && end.isAfter(otherStart);
        }
    }

    private Bookings() {
    }

    /** The interviews each of these interviewers sits on (shadow seats too), by e-mail in lower case. */
    public static Map<String, List<Booking>> ofInterviewers(Collection<String> emails, Instant from, Instant to, UUID excluding) {
        Map<String, List<Booking>> bookings = new HashMap<>();
        if (emails.isEmpty()) {
            return bookings;
        }
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                        "select lower(p.email), i.start, i.durationMinutes from Interviewer p join p.interview i "
                                + "where lower(p.email) in :emails and i.status in " + ACTIVE + " and i.start < :to "
                                + "and i.start > :earliest and i.id <> :excluding", Object[].class)
                .setParameter("emails", emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList())
                .setParameter("to", to)
                .setParameter("earliest", from.minus(Duration.ofMinutes(LONGEST_MINUTES)))
                .setParameter("excluding", excluding == null ? new UUID(0, 0) : excluding)
                .getResultList();
        for (Object[] row : rows) {
            Instant start = (Instant) row[1];
            bookings.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                    .add(new Booking(start, start.plus(Duration.ofMinutes((Integer) row[2]))));
        }
        return bookings;
    }

    /** Everyone on a panel of an active interview starting in the range: e-mail (lower case) to name. */
    public static Map<String, String> panelists(Instant from, Instant to) {
        Map<String, String> people = new LinkedHashMap<>();
        Panache.getEntityManager().createQuery("select lower(p.email), min(p.name) from Interviewer p join p.interview i "
                        + "where i.status in " + ACTIVE + " and i.start > :from and i.start < :to group by lower(p.email) "
                        + "order by min(p.name)", Object[].class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList().forEach(r -> people.put((String) r[0], (String) r[1]));
        return people;
    }

    /** The time an interview holds now; null when it has none (yet). */
    public static Booking of(UUID interviewId) {
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                        "select i.start, i.durationMinutes from Interview i where i.id = :id and i.start is not null", Object[].class)
                .setParameter("id", interviewId).getResultList();
        return rows.stream().map(r -> new Booking((Instant) r[0], ((Instant) r[0]).plus(Duration.ofMinutes((Integer) r[1]))))
                .findFirst().orElse(null);
    }

    /** The candidate's interviews in the range. */
    public static List<Booking> ofCandidate(String email, Instant from, Instant to, UUID excluding) {
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                        "select i.start, i.durationMinutes from Interview i where lower(i.candidateEmail) = :email "
                                + "and i.status in " + ACTIVE + " and i.start < :to and i.start > :earliest and i.id <> :excluding",
                        Object[].class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .setParameter("to", to).setParameter("earliest", from.minus(Duration.ofMinutes(LONGEST_MINUTES)))
                .setParameter("excluding", excluding == null ? new UUID(0, 0) : excluding)
                .getResultList();
        return rows.stream().map(r -> new Booking((Instant) r[0], ((Instant) r[0]).plus(Duration.ofMinutes((Integer) r[1]))))
                .toList();
    }
}
