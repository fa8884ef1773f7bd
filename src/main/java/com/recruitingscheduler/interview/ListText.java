package com.recruitingscheduler.interview;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * What the interview lists read instead of the panel rows, made from an interview: the text the search looks in and
 * the panel as a row shows it. {@link Interview} keeps both up to date at every write.
 */
final class ListText {

    private ListText() {
    }

    /** Role, candidate, and each panel member's name and e-mail, lower case: what the list's search finds. */
    static String searchText(Interview interview) {
        StringJoiner text = new StringJoiner(" ");
        text.add(interview.title).add(interview.candidateName).add(interview.candidateEmail);
        interview.interviewers.forEach(person -> text.add(person.name).add(person.email));
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /** The names in seat order, a shadow marked ("Ada Chen, Ben Ito (shadow)"). */
    static String panelNames(Interview interview) {
        StringJoiner names = new StringJoiner(", ");
        interview.interviewers.forEach(person -> names.add(person.shadow ? person.name + " (shadow)" : person.name));
        return names.toString();
    }
}
