package com.recruitingscheduler.interview.web;

import com.recruitingscheduler.web.FormErrors;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Typed dates and times across daylight-saving changes (issue 13): never silently shifted, never guessed. */
class FormValuesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aTimeTheClocksSkipGetsItsOwnMessage() {
        FormErrors errors = FormErrors.none();
        assertThat(FormValues.start("2027-03-28", "02:30", PARIS, errors)).isNull();
        assertThat(errors.of("start")).isEqualTo("02:30 does not exist on Sunday 28 March 2027 in Europe/Paris: the clocks "
                + "go forward from 02:00 to 03:00. Choose a time from 03:00 on, or before 02:00.");
    }

    @Test
    void aTimeThatHappensTwiceGetsItsOwnMessage() {
        FormErrors errors = FormErrors.none();
        assertThat(FormValues.start("2027-10-31", "02:30", PARIS, errors)).isNull();
        assertThat(errors.of("start")).isEqualTo("02:30 happens twice on Sunday 31 October 2027 in Europe/Paris: the clocks "
                + "go back from 03:00 to 02:00. Choose a time before 02:00 or from 03:00 on.");
    }

    @Test
    void timesBesideTheChangeAreRead() {
        FormErrors errors = FormErrors.none();
        assertThat(FormValues.start("2027-03-28", "03:00", PARIS, errors)).isEqualTo(Instant.parse("2027-03-28T01:00:00Z"));
        assertThat(FormValues.start("2027-10-31", "03:00", PARIS, errors)).isEqualTo(Instant.parse("2027-10-31T02:00:00Z"));
        assertThat(FormValues.start("2027-10-31", "01:59", PARIS, errors)).isEqualTo(Instant.parse("2027-10-30T23:59:00Z"));
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void aDayWhoseMidnightIsSkippedStartsWhenItBeginsAndADayEndsWhenTheNextBegins() {
        ZoneId santiago = ZoneId.of("America/Santiago"); // clocks go forward at midnight, 5 September 2027
        FormErrors errors = FormErrors.none();
        assertThat(FormValues.startOfDay("2027-09-05", santiago, errors, "day")).isEqualTo(Instant.parse("2027-09-05T04:00:00Z"));
        assertThat(FormValues.endOfDay("2027-03-27", PARIS, errors, "day")).isEqualTo(Instant.parse("2027-03-27T23:00:00Z"));
        assertThat(FormValues.endOfDay("2027-03-28", PARIS, errors, "day")).as("after a 23-hour day")
                .isEqualTo(Instant.parse("2027-03-28T22:00:00Z"));
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void whatCannotBeReadSaysWhatToEnter() {
        FormErrors errors = FormErrors.none();
        assertThat(FormValues.start("28/03/2027", "9am", PARIS, errors)).isNull();
        assertThat(errors.of("start")).isEqualTo("enter a date (2026-12-01) and a time (15:00)");
    }
}
