package com.recruitingscheduler.calendar;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    /** Jitter pinned to its upper bound, so the doubling and the caps show. */
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60),
            bound -> bound);

    private static CalendarException error(int status, String reason) {
        return new CalendarException(status, reason, "Google said " + status + " " + reason, null);
    }

    @Test
    void retriesRateLimitsServerErrorsAndLostConnectionsWithCappedDoublingBackoff() {
        for (CalendarException e : new CalendarException[]{error(403, "rateLimitExceeded"), error(403, "userRateLimitExceeded"),
                error(429, "rateLimitExceeded"), error(500, "backendError"), error(502, null), error(503, null),
                error(504, null), error(0, null)}) {
            assertThat(policy.onFailure(e, 0)).as(e.getMessage()).hasValueSatisfying(d -> {
                assertThat(d.delay()).isEqualTo(Duration.ofSeconds(1));
                assertThat(d.countsAsFailure()).isTrue();
            });
            assertThat(policy.onFailure(e, 3).orElseThrow().delay()).isEqualTo(Duration.ofSeconds(8));
            assertThat(policy.onFailure(e, 12).orElseThrow().delay()).isEqualTo(Duration.ofSeconds(60));
        }
    }

    @Test
    void doesNotRetryBadRequestsAuthenticationFailuresOrMissingEvents() {
        assertThat(policy.onFailure(error(400, "badRequest"), 0)).isEmpty();
        assertThat(policy.onFailure(error(400, "invalid"), 0)).isEmpty();
        assertThat(policy.onFailure(error(401, "authError"), 0)).isEmpty();
        assertThat(policy.onFailure(error(404, "notFound"), 0)).isEmpty();
        assertThat(policy.onFailure(error(403, "forbiddenForNonOrganizer"), 0)).isEmpty();
    }

    @Test
    void aPausedOrganizerWaitsUntilThePauseEndsWithoutCountingAsAFailure() {
        var decision = policy.onFailure(CalendarException.paused(Duration.ofMinutes(2), "paused until 10:02"), 7).orElseThrow();
        assertThat(decision.countsAsFailure()).isFalse();
        assertThat(decision.delay()).isBetween(Duration.ofMinutes(2), Duration.ofMinutes(2).plusMillis(250));
        assertThat(decision.explanation()).isEqualTo("paused until 10:02");
    }

    @Test
    void neverRetriesAConfigurationError() {
        assertThat(policy.onFailure(CalendarException.configuration(401, "unauthorized_client", "grant delegation", null), 0)).isEmpty();
        assertThat(policy.onFailure(CalendarException.configuration(503, "x", "even a 5xx-looking one", null), 0)).isEmpty();
    }

    @Test
    void aCallHeldBackByTheAppWaitsItsTurnWithoutCountingAsAFailure() {
        var decision = policy.onFailure(CalendarException.heldBack(Duration.ofSeconds(3)), 5).orElseThrow();
        assertThat(decision.countsAsFailure()).isFalse();
        assertThat(decision.delay()).isBetween(Duration.ofSeconds(3), Duration.ofMillis(3250));
    }

    @Test
    void fullJitterWaitsBetweenZeroAndTheBound() {
        RetryPolicy random = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60));
        for (int i = 0; i < 200; i++) {
            assertThat(random.onFailure(error(503, null), 2).orElseThrow().delay())
                    .isBetween(Duration.ofMillis(1), Duration.ofSeconds(4));
        }
    }
}
