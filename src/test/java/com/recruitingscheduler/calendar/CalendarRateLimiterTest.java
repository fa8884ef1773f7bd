package com.recruitingscheduler.calendar;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The request budget is one per organizer, shared through PostgreSQL by every instance. */
@QuarkusTest
class CalendarRateLimiterTest {

    @Inject
    AgroalDataSource dataSource;

    private static CalendarConfig budget(String organizer, int perMinute, int burst) {
        return new CalendarConfig() {
            public Mode mode() { return Mode.SANDBOX; }
            public Optional<String> credentials() { return Optional.empty(); }
            public Optional<String> organizer() { return Optional.of(organizer); }
            public Optional<String> rootUrl() { return Optional.empty(); }
            public String calendarId() { return "primary"; }
            public int requestsPerMinute() { return perMinute; }
            public int requestBurst() { return burst; }
            public Duration conferenceTypesCache() { return Duration.ZERO; }
        };
    }

    @Test
    void twoInstancesShareOneBudgetPerOrganizer() {
        String organizer = "budget-" + UUID.randomUUID() + "@corp.example";
        CalendarRateLimiter first = new CalendarRateLimiter(dataSource, budget(organizer, 60, 5));
        CalendarRateLimiter second = new CalendarRateLimiter(dataSource, budget(organizer, 60, 5));

        for (int i = 0; i < 3; i++) {
            assertThat(first.acquire()).isZero();
        }
        assertThat(second.acquire()).isZero();
        assertThat(second.acquire()).isZero();

        Duration wait = first.acquire();
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(second.acquire()).isPositive();

        CalendarRateLimiter otherOrganizer = new CalendarRateLimiter(dataSource, budget("other-" + organizer, 60, 5));
        assertThat(otherOrganizer.acquire()).isZero();
    }

    @Test
    void noWindowOfAMinuteHoldsMoreThanTheLimit() {
        // burst + refill per minute = the limit, so even a full burst followed by a minute of refills stays within it
        String organizer = "window-" + UUID.randomUUID() + "@corp.example";
        CalendarRateLimiter limiter = new CalendarRateLimiter(dataSource, budget(organizer, 480, 120));
        int granted = 0;
        while (limiter.acquire().isZero()) {
            granted++;
        }
        assertThat(granted).isEqualTo(120);
    }
}
