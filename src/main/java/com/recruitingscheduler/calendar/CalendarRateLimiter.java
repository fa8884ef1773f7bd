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

import java.time.Duration;

/**
 * Keeps every instance together under the share of Google's per-user quota (600 requests a minute) this app may
 * use: a token bucket per organizer in PostgreSQL, sized so that no 60-second window holds more than
 * {@code requests-per-minute} calls (burst + refill per minute = the limit).
 */
@ApplicationScoped
class CalendarRateLimiter {

    private final BucketProxy bucket;
    private final boolean enabled;

    CalendarRateLimiter(AgroalDataSource dataSource, CalendarConfig config) {
        int perMinute = config.requestsPerMinute();
        int burst = Math.min(config.requestBurst(), perMinute - 1);
        this.enabled = perMinute > 0;
        this.bucket = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("calendar_rate_limit").idColumn("id").stateColumn("state")
                .build()
                .builder()
                .build(config.organizer().orElse(config.calendarId()), () -> BucketConfiguration.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(Math.max(burst, 1))
                                .refillGreedy(Math.max(perMinute - burst, 1), Duration.ofMinutes(1))
                                .build())
                        .build());
    }

    /** Takes one request from the budget, or says how long to wait for the next one. */
    Duration acquire() {
        if (!enabled) {
            return Duration.ZERO;
        }
        // The bucket commits its own row update; it must not join (or be rolled back with) a caller's transaction.
        ConsumptionProbe probe = QuarkusTransaction.suspendingExisting().call(() -> bucket.tryConsumeAndReturnRemaining(1));
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}
