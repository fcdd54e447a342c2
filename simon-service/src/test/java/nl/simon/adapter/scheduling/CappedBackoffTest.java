package nl.simon.adapter.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CappedBackoffTest {
    @Test
    void the_wait_doubles_after_each_failure_up_to_the_cap() {
        CappedBackoff<Long> backoff = new CappedBackoff<>(Duration.ofSeconds(30), Duration.ofMinutes(30));

        assertThat(backoff.delay(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delay(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(backoff.delay(6)).isEqualTo(Duration.ofMinutes(30));
        assertThat(backoff.delay(1_000)).isEqualTo(Duration.ofMinutes(30));
    }
}
