package com.recruitingscheduler.interview;

import com.recruitingscheduler.support.UnsavedInterview;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the lists read of an interview: kept at every change of its panel, without a database. */
class ListTextTest {

    @Test
    void theSearchTextHoldsRoleCandidateAndPanelInLowerCaseAndThePanelMarksItsShadow() {
        Interview interview = UnsavedInterview.withIvan();
        interview.title = "Staff Engineer";
        interview.addInterviewer("Tara Trainee", "Tara@Corp.Example", true);

        assertThat(interview.searchText).isEqualTo("staff engineer cora cora@candidates.example ivan ivan@corp.example "
                + "tara trainee tara@corp.example");
        assertThat(interview.panelNames).isEqualTo("Ivan, Tara Trainee (shadow)");
    }
}
