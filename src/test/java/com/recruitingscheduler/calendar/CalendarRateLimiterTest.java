package com.recruitingscheduler.calendar;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The request budget is one per organizer, shared through PostgreSQL by every instance. */
@QuarkusTest
class CalendarRateLimiterTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoInstancesShareOneBudgetPerOrganizer() {
        String organizer = "budget-" + UUID.randomUUID() + "@corp.example";
        CalendarRateLimiter first = new CalendarRateLimiter(dataSource, organizer, 60, 5);
        CalendarRateLimiter second = new CalendarRateLimiter(dataSource, organizer, 60, 5);

        for (int i = 0; i < 3; i++) {
            assertThat(first.acquire(1)).isZero();
        }
        assertThat(second.acquire(1)).isZero();
        assertThat(second.acquire(1)).isZero();

        Duration wait = first.acquire(1);
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(second.acquire(1)).isPositive();

        CalendarRateLimiter otherOrganizer = new CalendarRateLimiter(dataSource, "other-" + organizer, 60, 5);
        assertThat(otherOrganizer.acquire(1)).isZero();
    }

    @Test
    void noWindowOfAMinuteHoldsMoreThanTheLimit() {
        // burst + refill per minute = the limit, so even a full burst followed by a minute of refills stays within it
        String organizer = "window-" + UUID.randomUUID() + "@corp.example";
        CalendarRateLimiter limiter = new CalendarRateLimiter(dataSource, organizer, 480, 120);
        int granted = 0;
        while (limiter.acquire(1).isZero()) {
            granted++;
        }
        assertThat(granted).isEqualTo(120);
    }

    @Test
    void aPatchCostsThreeUnitsOfTheBudget() {
        String organizer = "units-" + UUID.randomUUID() + "@corp.example";
        CalendarRateLimiter limiter = new CalendarRateLimiter(dataSource, organizer, 60, 7);
        assertThat(limiter.acquire(3)).isZero();
        assertThat(limiter.acquire(3)).isZero();
        assertThat(limiter.acquire(3)).as("6 of 7 units are spent").isPositive();
        assertThat(limiter.acquire(1)).isZero();
    }
}
