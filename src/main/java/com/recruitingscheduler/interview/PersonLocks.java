package com.recruitingscheduler.interview;

import io.quarkus.hibernate.orm.panache.Panache;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The one rule that keeps two bookings from taking the same person at once: whatever books or moves an interview
 * holds, until its transaction ends, a lock per person involved (by e-mail, case-insensitive) before it checks their
 * time. The locks are taken in a fixed order, so two bookings never wait on each other; whoever takes a lock second
 * sees the first booking when it checks.
 */
final class PersonLocks {

    private PersonLocks() {
    }

    /**
     * Everyone of these interviewers and the interview's candidate for whom the time does not work, asked with each
     * person's lock held; the interview itself does not count against them. Google was read before ({@code calendars}):
     * only the stored bookings are read under the locks.
     *
     * @param panel the interview's seats whose time is new to them: all of them at a new time, the added ones else
     */
    static List<Conflict> conflictsAt(PanelCheck.Calendars calendars, Interview interview, List<NewInterview.Interviewer> panel,
                                      Instant start, int minutes) {
        List<String> people = new ArrayList<>(panel.stream().map(NewInterview.Interviewer::email).toList());
        people.add(interview.candidateEmail);
        hold(people);
        return calendars.conflicts(panel, new NewInterview.Candidate(interview.candidateName, interview.candidateEmail,
                interview.candidateTimeZone), start, minutes, interview.id);
    }

    /** Takes the locks of these people in the caller's transaction (PostgreSQL advisory locks, released at its end). */
    static void hold(Collection<String> emails) {
        TreeSet<String> people = new TreeSet<>();
        emails.forEach(email -> people.add(email.strip().toLowerCase(Locale.ROOT)));
        for (String person : people) {
            Panache.getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) locked")
                    .setParameter(1, person).getSingleResult();
        }
    }
}
