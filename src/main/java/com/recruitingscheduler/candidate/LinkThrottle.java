package com.recruitingscheduler.candidate;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import com.recruitingscheduler.interview.CandidateConfig;

import java.time.Duration;
import java.util.UUID;

/**
 * The limits of candidates' links, as bucket4j token buckets in PostgreSQL (every instance shares them): requests per
 * client address, so nobody can try tokens or hammer the times offered; and Google Calendar calls per link, so no
 * link — however many addresses ask through it — spends more than a small share of the organizer's Google budget.
 */
@ApplicationScoped
public class LinkThrottle {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final int perMinute;
    private final int googleCallsPerHour;

    LinkThrottle(AgroalDataSource dataSource, CandidateConfig config) {
        this.perMinute = config.requestsPerMinute();
        this.googleCallsPerHour = config.googleCallsPerHour();
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("page_throttle").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                // a bucket full again is as good as none: its row may go (ThrottleHousekeeping)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    /** Takes one request from the address's allowance; how long to wait when there is none left. */
    public Duration take(String address) {
        return take("link:" + address, perMinute, Duration.ofMinutes(1));
    }

    /** Takes one Google Calendar call from the link's allowance; how long to wait when there is none left. */
    Duration takeGoogleCall(UUID interview) {
        return take("google:" + interview, googleCallsPerHour, Duration.ofHours(1));
    }

    /** Deletes buckets that have filled up again (nobody used them within their window); how many went. */
    public int forgetIdle() {
        return QuarkusTransaction.suspendingExisting().call(() -> buckets.removeExpired(1000));
    }

    private Duration take(String key, int capacity, Duration window) {
        return QuarkusTransaction.suspendingExisting().call(() -> {
            ConsumptionProbe probe = buckets.builder().build(key, () -> BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                    .build()).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
        });
    }
}
