package nl.simon.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class HashCostTest {
    private static final String SALT_AND_HASH = "$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";

    @Test
    void the_service_own_hashes_and_bounded_ones_are_bearable() {
        assertThat(HashCost.bearable("{argon2}"
                        + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("x")))
                .isTrue();
        assertThat(HashCost.bearable("{bcrypt}" + new BCryptPasswordEncoder(4).encode("x")))
                .isTrue();
        assertThat(HashCost.bearable("{argon2}$argon2id$v=19$m=65536,t=10,p=4" + SALT_AND_HASH))
                .isTrue();
        assertThat(HashCost.bearable("{bcrypt}$2a$14$" + "a".repeat(53))).isTrue();
    }

    @Test
    void dearer_or_malformed_hashes_are_not() {
        assertThat(HashCost.bearable("{argon2}$argon2id$v=19$m=262144,t=4,p=1" + SALT_AND_HASH))
                .isFalse();
        assertThat(HashCost.bearable("{argon2}$argon2id$v=19$m=65537,t=1,p=1" + SALT_AND_HASH))
                .isFalse();
        assertThat(HashCost.bearable("{argon2}$argon2id$v=19$m=1024,t=11,p=1" + SALT_AND_HASH))
                .isFalse();
        assertThat(HashCost.bearable("{argon2}$argon2id$v=19$m=1024,t=1,p=5" + SALT_AND_HASH))
                .isFalse();
        assertThat(HashCost.bearable("{argon2}$argon2id$v=19$m=99999999999,t=1,p=1" + SALT_AND_HASH))
                .isFalse();
        assertThat(HashCost.bearable("{bcrypt}$2a$15$" + "a".repeat(53))).isFalse();
        assertThat(HashCost.bearable("{bcrypt}$2a$10$abc")).isFalse();
        assertThat(HashCost.bearable("{argon2}plain")).isFalse();
    }
}
