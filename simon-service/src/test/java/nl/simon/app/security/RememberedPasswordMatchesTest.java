package nl.simon.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import nl.simon.factuursturen.emulator.SettableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberedPasswordMatchesTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-29T08:00:00Z"));
    private final CountingEncoder argon = new CountingEncoder();
    private final RememberedPasswordMatches encoder =
            new RememberedPasswordMatches(argon, Duration.ofMinutes(5), clock);

    @Test
    void a_match_is_checked_once_and_then_remembered_until_it_expires() {
        String hash = encoder.encode("geheim");

        assertThat(encoder.matches("geheim", hash)).isTrue();
        assertThat(encoder.matches("geheim", hash)).isTrue();
        clock.advance(Duration.ofMinutes(4));
        assertThat(encoder.matches("geheim", hash)).isTrue();
        assertThat(argon.checks.get()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        assertThat(encoder.matches("geheim", hash)).isTrue();
        assertThat(argon.checks.get()).isEqualTo(2);
    }

    @Test
    void a_wrong_password_is_checked_every_time_and_never_matches() {
        String hash = encoder.encode("geheim");
        assertThat(encoder.matches("geheim", hash)).isTrue();

        assertThat(encoder.matches("geheim2", hash)).isFalse();
        assertThat(encoder.matches("geheim2", hash)).isFalse();
        assertThat(argon.checks.get()).isEqualTo(3);
    }

    @Test
    void a_new_hash_of_the_same_password_is_checked_again() {
        String old = encoder.encode("geheim");
        assertThat(encoder.matches("geheim", old)).isTrue();

        String changed = encoder.encode("nieuw");
        assertThat(encoder.matches("geheim", changed)).isFalse();
        assertThat(encoder.matches("nieuw", changed)).isTrue();
        assertThat(argon.checks.get()).isEqualTo(3);
    }

    @Test
    void the_memory_stays_bounded() {
        RememberedPasswordMatches small = new RememberedPasswordMatches(argon, Duration.ofMinutes(5), clock, 3);
        for (int i = 0; i < 10; i++) {
            assertThat(small.matches("wachtwoord-" + i, "hash-of:wachtwoord-" + i))
                    .isTrue();
        }

        assertThat(small.remembered()).isEqualTo(3);
        assertThat(argon.checks.get()).isEqualTo(10);
    }

    @Test
    void the_default_bound_is_ten_thousand_matches() {
        for (int i = 0; i <= RememberedPasswordMatches.MAX_ENTRIES; i++) {
            encoder.matches("wachtwoord-" + i, "hash-of:wachtwoord-" + i);
        }

        assertThat(encoder.remembered()).isEqualTo(RememberedPasswordMatches.MAX_ENTRIES);
    }

    @Test
    void a_full_cache_keeps_what_it_remembers_instead_of_emptying_itself() {
        RememberedPasswordMatches small = new RememberedPasswordMatches(argon, Duration.ofMinutes(5), clock, 3);
        String hash = small.encode("geheim");
        for (int i = 0; i < 5; i++) {
            assertThat(small.matches("geheim", hash)).isTrue();
        }
        for (int i = 0; i < 10; i++) {
            small.matches("eenmalig-" + i, "hash-of:eenmalig-" + i);
        }
        int checked = argon.checks.get();

        assertThat(small.matches("geheim", hash)).isTrue();

        assertThat(argon.checks.get())
                .as("the often-used match survived the burst")
                .isEqualTo(checked);
    }

    @Test
    void expired_matches_are_forgotten_and_take_no_room() {
        String hash = encoder.encode("geheim");
        assertThat(encoder.matches("geheim", hash)).isTrue();
        assertThat(encoder.remembered()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(5));

        assertThat(encoder.remembered()).isZero();
        assertThat(encoder.matches("geheim", hash)).isTrue();
        assertThat(argon.checks.get()).isEqualTo(2);
    }

    /** A stand-in for Argon2 that counts its checks: hash-of:&lt;password&gt;. */
    private static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            return "hash-of:" + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return encodedPassword.equals("hash-of:" + rawPassword);
        }
    }
}
