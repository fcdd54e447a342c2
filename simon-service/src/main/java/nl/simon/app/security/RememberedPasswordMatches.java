package nl.simon.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers for a few minutes that a password matched a stored hash. API clients send HTTP Basic with
 * every request; without this each request would pay Argon2's cost again (30–50 ms of CPU). Only
 * matches are remembered, under an HMAC of hash and password with a key made at start-up and never
 * stored: the cache holds neither password nor hash. A new password is a new hash and so a new entry;
 * a wrong password always goes to Argon2. The cache is Caffeine's: each entry expires the given time
 * after it was written, and at most {@link #MAX_ENTRIES} are kept (the least useful go first), see
 * docs/adr/0001-stack.md.
 */
final class RememberedPasswordMatches implements PasswordEncoder {
    static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final SecretKeySpec key;
    private final Cache<String, Boolean> matches;

    RememberedPasswordMatches(PasswordEncoder delegate, Duration remember, Clock clock) {
        this(delegate, remember, clock, MAX_ENTRIES);
    }

    RememberedPasswordMatches(PasswordEncoder delegate, Duration remember, Clock clock, int maxEntries) {
        this.delegate = delegate;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.matches = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfterWrite(remember)
                .ticker(ticker(clock))
                .executor(Runnable::run)
                .build();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String entry = entry(rawPassword, encodedPassword);
        if (matches.getIfPresent(entry) != null) {
            return true;
        }
        boolean match = delegate.matches(rawPassword, encodedPassword);
        if (match) {
            matches.put(entry, Boolean.TRUE);
        }
        return match;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** How many matches are remembered now (after expired and surplus entries are gone). */
    long remembered() {
        matches.cleanUp();
        return matches.estimatedSize();
    }

    /** Caffeine's time, read from the clock (so that tests can move it). */
    private static Ticker ticker(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }

    private String entry(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
