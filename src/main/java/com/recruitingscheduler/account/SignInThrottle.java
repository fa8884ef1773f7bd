package com.recruitingscheduler.account;

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

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Counts sign-in attempts in bucket4j token buckets in PostgreSQL (shared by every instance): one per account and
 * client address together, one per client address. An attempt takes a token from both <em>before</em> the password is
 * compared — atomically, so a hundred guesses at once get no more answers than the buckets hold — and a successful
 * sign-in gives them back. While a bucket still has tokens, a failure costs a growing delay; once one is empty,
 * sign-in answers 429 until tokens come back over the window.
 *
 * <p>The account's bucket is per address, so a stranger guessing at someone's account never locks its owner out: the
 * owner, from their own address, is slowed only by their own mistakes. Spraying many accounts from one address meets
 * the address's bucket. (An IPv6 address counts by its /64 network, {@code web/ClientAddress}.)
 */
@ApplicationScoped
public class SignInThrottle {

    /** Whether an attempt may go on; when it may not, how long until it may. */
    public sealed interface Attempt {
        /** The attempt holds a token of each bucket; {@code left} is the fewest either has left. */
        record Allowed(String account, String address, long accountLeft, long addressLeft) implements Attempt {
        }

        record Refused(Duration retryAfter) implements Attempt {
        }
    }

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final SignInConfig config;

    SignInThrottle(AgroalDataSource dataSource, SignInConfig config) {
        this.config = config;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sign_in_throttle").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                // a bucket full again is as good as none: its row may go (ThrottleHousekeeping)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    /** Takes this attempt's tokens, or says why not; a refused attempt takes nothing. */
    public Attempt take(String email, String address) {
        String account = accountKey(email, address);
        ConsumptionProbe fromAccount = consume(account, this::accountLimit);
        if (!fromAccount.isConsumed()) {
            return new Attempt.Refused(Duration.ofNanos(fromAccount.getNanosToWaitForRefill()));
        }
        ConsumptionProbe fromAddress = consume(addressKey(address), this::addressLimit);
        if (!fromAddress.isConsumed()) {
            refund(account, this::accountLimit);
            return new Attempt.Refused(Duration.ofNanos(fromAddress.getNanosToWaitForRefill()));
        }
        return new Attempt.Allowed(account, addressKey(address), fromAccount.getRemainingTokens(), fromAddress.getRemainingTokens());
    }

    /** The attempt signed in: its tokens go back, so only failures count. */
    public void succeeded(Attempt.Allowed attempt) {
        refund(attempt.account(), this::accountLimit);
        refund(attempt.address(), this::addressLimit);
    }

    /** The attempt failed (its tokens stay taken): how long to hold the answer back, the longer the more failures. */
    public Duration failed(Attempt.Allowed attempt) {
        long failures = Math.max(config.maxFailuresPerAccount() - attempt.accountLeft(),
                config.maxFailuresPerAddress() - attempt.addressLeft());
        // The first few failures are typing mistakes: no delay. Then 0.5 s, 1 s, 2 s, ... up to the cap.
        long beyondFree = failures - 3;
        if (beyondFree <= 0) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofMillis(250L << Math.min(beyondFree, 10));
        return delay.compareTo(config.maxDelay()) > 0 ? config.maxDelay() : delay;
    }

    /** Deletes buckets that have filled up again (nobody failed there within the window); how many went. */
    public int forgetIdle() {
        return QuarkusTransaction.suspendingExisting().call(() -> buckets.removeExpired(1000));
    }

    private ConsumptionProbe consume(String key, Supplier<BucketConfiguration> limit) {
        return QuarkusTransaction.suspendingExisting().call(() -> buckets.builder().build(key, limit).tryConsumeAndReturnRemaining(1));
    }

    private void refund(String key, Supplier<BucketConfiguration> limit) {
        QuarkusTransaction.suspendingExisting().run(() -> buckets.builder().build(key, limit).addTokens(1));
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

    private static String accountKey(String email, String address) {
        return "account:" + email.trim().toLowerCase(Locale.ROOT) + " from " + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
