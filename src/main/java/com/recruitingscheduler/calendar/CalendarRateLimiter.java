package com.recruitingscheduler.calendar;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * Keeps every instance together under the share of Google's per-user quota (600 units a minute) this app may
 * use: a token bucket per organizer in PostgreSQL, sized so that no 60-second window holds more than
 * {@code requests-per-minute} quota units (burst + refill per minute = the limit).
 */
@ApplicationScoped
class CalendarRateLimiter {

    private final BucketProxy bucket;
    private final boolean enabled;

    @Inject
    CalendarRateLimiter(AgroalDataSource dataSource, CalendarConfig config) {
        this(dataSource, config.organizer().orElse(config.calendarId()), config.requestsPerMinute(), config.requestBurst());
    }

    /** One organizer's budget: {@code perMinute} quota units a minute, {@code requestBurst} of them at once. */
    CalendarRateLimiter(AgroalDataSource dataSource, String organizer, int perMinute, int requestBurst) {
        int burst = Math.min(requestBurst, perMinute - 1);
        this.enabled = perMinute > 0;
        this.bucket = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("calendar_rate_limit").idColumn("id").stateColumn("state")
                .build()
                .builder()
                .build(organizer, () -> BucketConfiguration.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(Math.max(burst, 1))
                                .refillGreedy(Math.max(perMinute - burst, 1), Duration.ofMinutes(1))
                                .build())
                        .build());
    }

    /**
     * Takes a call's quota units from the budget (Google charges a patch 3, other calls 1), or says how long to wait
     * until they are there.
     */
    Duration acquire(int units) {
        if (!enabled) {
            return Duration.ZERO;
        }
        // The bucket commits its own row update; it must not join (or be rolled back with) a caller's transaction.
        ConsumptionProbe probe = QuarkusTransaction.suspendingExisting().call(() -> bucket.tryConsumeAndReturnRemaining(units));
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}
