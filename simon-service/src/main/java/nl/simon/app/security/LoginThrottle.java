package nl.simon.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins cost one token of the account's bucket (its e-mail address) and one of the client
 * address's bucket (Bucket4j, refilled gradually). While either bucket is empty a login for that account
 * or from that address is refused before any password is hashed. Buckets live in memory, in bounded
 * maps that forget them after a while without failures: the limits hold per instance.
 */
final class LoginThrottle {
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_BUCKETS = 50_000;

    /** How many failures a bucket allows, and in what period they are forgiven again (gradually). */
    record Limit(long failures, Duration period) {
        Limit {
            if (failures < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a login limit needs at least one failure in a positive period");
            }
        }
    }

    private final Limit perAccount;
    private final Limit perAddress;
    private final TimeMeter time;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    LoginThrottle(Limit perAccount, Limit perAddress, TimeMeter time) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.time = time;
        this.accounts = buckets(perAccount);
        this.addresses = buckets(perAddress);
    }

    private Cache<String, Bucket> buckets(Limit limit) {
        return Caffeine.newBuilder()
                .maximumSize(MAX_BUCKETS)
                .expireAfterAccess(limit.period().multipliedBy(2))
                .ticker(time::currentTimeNanos)
                .build();
    }

    /** How long to wait before this account may try again from this address; empty: go ahead. */
    Optional<Duration> refusal(String account, String address) {
        long nanos = Math.max(waitNanos(accounts, key(account)), waitNanos(addresses, address));
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    /** A wrong password (or an unknown account): one token from each bucket; logged when one runs empty. */
    void failed(String account, String address) {
        String accountKey = key(account);
        if (accountKey != null && spend(accounts.get(accountKey, k -> newBucket(perAccount)))) {
            LOG.warn(
                    "login throttled: {} failed logins for account {} within {}; further attempts refused for a while",
                    perAccount.failures(),
                    accountKey,
                    perAccount.period());
        }
        if (address != null && spend(addresses.get(address, k -> newBucket(perAddress)))) {
            LOG.warn(
                    "login throttled: {} failed logins from address {} within {}; further attempts refused for a while",
                    perAddress.failures(),
                    address,
                    perAddress.period());
        }
    }

    /** The right password: the account's failures are forgotten (the address's are not). */
    void succeeded(String account) {
        String accountKey = key(account);
        if (accountKey != null) {
            accounts.invalidate(accountKey);
        }
    }

    private Bucket newBucket(Limit limit) {
        return Bucket.builder()
                .addLimit(bandwidth ->
                        bandwidth.capacity(limit.failures()).refillGreedy(limit.failures(), limit.period()))
                .withCustomTimePrecision(time)
                .build();
    }

    /** Takes a token; true when this one emptied the bucket (so the throttle starts now). */
    private static boolean spend(Bucket bucket) {
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() && probe.getRemainingTokens() == 0;
    }

    private static long waitNanos(Cache<String, Bucket> buckets, String key) {
        Bucket bucket = key == null ? null : buckets.getIfPresent(key);
        if (bucket == null) {
            return 0;
        }
        var estimate = bucket.estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? 0 : estimate.getNanosToWaitForRefill();
    }

    private static String key(String account) {
        return account == null || account.isBlank() ? null : account.strip().toLowerCase(Locale.ROOT);
    }
}
