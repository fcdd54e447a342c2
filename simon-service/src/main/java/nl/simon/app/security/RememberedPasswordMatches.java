package nl.simon.app.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers for a few minutes that a password matched a stored hash. API clients send HTTP Basic with
 * every request; without this each request would pay Argon2's cost again (30–50 ms of CPU). Only
 * matches are remembered, under an HMAC of hash and password with a key made at start-up and never
 * stored: the map holds neither password nor hash. A new password is a new hash and so a new entry;
 * a wrong password always goes to Argon2.
 */
final class RememberedPasswordMatches implements PasswordEncoder {
    static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final Duration remember;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Instant> matches = new ConcurrentHashMap<>();

    RememberedPasswordMatches(PasswordEncoder delegate, Duration remember, Clock clock) {
        this.delegate = delegate;
        this.remember = remember;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
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
        Instant now = clock.instant();
        Instant until = matches.get(entry);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean match = delegate.matches(rawPassword, encodedPassword);
        if (match) {
            if (matches.size() >= MAX_ENTRIES) {
                matches.values().removeIf(end -> !now.isBefore(end));
                if (matches.size() >= MAX_ENTRIES) {
                    matches.clear();
                }
            }
            matches.put(entry, now.plus(remember));
        }
        return match;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String entry(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(
                    mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
