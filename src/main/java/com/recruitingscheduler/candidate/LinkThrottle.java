package com.recruitingscheduler.candidate;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Requests to candidates' links per client address: a bucket4j token bucket in PostgreSQL (every instance shares it),
 * so nobody can try tokens or hammer the times offered.
 */
@ApplicationScoped
public class LinkThrottle {

    private final ProxyManager<String> buckets;
    private final int perMinute;

    LinkThrottle(AgroalDataSource dataSource,
                 @ConfigProperty(name = "recruiting.candidates.requests-per-minute", defaultValue = "60") int perMinute) {
        this.perMinute = perMinute;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("page_throttle").idColumn("id").stateColumn("state")
                .build();
    }

    /** Takes one request from the address's allowance; how long to wait when there is none left. */
    public Duration take(String address) {
        return QuarkusTransaction.suspendingExisting().call(() -> {
            var probe = buckets.builder().build("link:" + address, () -> BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                    .build()).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
        });
    }
}
