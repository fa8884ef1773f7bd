package com.recruitingscheduler.account;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Counts failed sign-ins in bucket4j token buckets in PostgreSQL (shared by every instance): one per account, one per
 * client address. Each failure takes a token; the tokens come back over the window. While a bucket still has tokens,
 * a failure costs a growing delay; once one is empty, sign-in answers 429 until tokens come back.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Whether a sign-in attempt is refused, and for how long. */
    public record Verdict(boolean refused, Duration retryAfter) {
    }

    private final ProxyManager<String> buckets;
    private final SignInConfig config;

    SignInThrottle(AgroalDataSource dataSource, SignInConfig config) {
        this.config = config;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sign_in_throttle").idColumn("id").stateColumn("state")
                .build();
    }

    /** Whether this account and this address may try now; when not, how long until they may. */
    public Verdict check(String email, String address) {
        long wait = Math.max(nanosUntilToken(accountKey(email), this::accountLimit),
                nanosUntilToken(addressKey(address), this::addressLimit));
        return new Verdict(wait > 0, Duration.ofNanos(wait));
    }

    /** Counts a failure; answers how long to hold the answer back (the more failures, the longer). */
    public Duration failed(String email, String address) {
        long accountLeft = take(accountKey(email), this::accountLimit);
        long addressLeft = take(addressKey(address), this::addressLimit);
        long failures = Math.max(config.maxFailuresPerAccount() - accountLeft, config.maxFailuresPerAddress() - addressLeft);
        // The first few failures are typing mistakes: no delay. Then 0.5 s, 1 s, 2 s, ... up to the cap.
        long beyondFree = failures - 3;
        if (beyondFree <= 0) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofMillis(250L << Math.min(beyondFree, 10));
        return delay.compareTo(config.maxDelay()) > 0 ? config.maxDelay() : delay;
    }

    private long nanosUntilToken(String key, Supplier<BucketConfiguration> limit) {
        return QuarkusTransaction.suspendingExisting().call(() -> {
            EstimationProbe probe = buckets.builder().build(key, limit).estimateAbilityToConsume(1);
            return probe.canBeConsumed() ? 0L : probe.getNanosToWaitForRefill();
        });
    }

    private long take(String key, Supplier<BucketConfiguration> limit) {
        return QuarkusTransaction.suspendingExisting().call(() ->
                buckets.builder().build(key, limit).tryConsumeAndReturnRemaining(1).getRemainingTokens());
    }

    private BucketConfiguration accountLimit() {
        return limit(config.maxFailuresPerAccount());
    }

    private BucketConfiguration addressLimit() {
        return limit(config.maxFailuresPerAddress());
    }

    private BucketConfiguration limit(int failures) {
        return BucketConfiguration.builder().addLimit(Bandwidth.builder().capacity(failures)
                .refillGreedy(failures, config.window()).build()).build();
    }

    private static String accountKey(String email) {
        return "account:" + email.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
