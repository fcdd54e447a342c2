package nl.simon.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final ManualTime time = new ManualTime();
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottle.Limit(5, Duration.ofMinutes(1)),
            new LoginThrottle.Limit(20, Duration.ofMinutes(1)),
            time);

    @Test
    void five_failures_refuse_the_account_and_each_is_forgiven_gradually() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Jan@Example.nl", "10.0.0." + i);
            assertThat(throttle.refusal("jan@example.nl", "10.0.1.1")).isEmpty();
        }
        throttle.failed("jan@example.nl ", "10.0.0.9");

        assertThat(throttle.refusal("JAN@example.nl", "10.0.1.1"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(12)));
        assertThat(throttle.refusal("piet@example.nl", "10.0.1.1")).isEmpty();

        time.advance(Duration.ofSeconds(12));
        assertThat(throttle.refusal("jan@example.nl", "10.0.1.1")).isEmpty();
        throttle.failed("jan@example.nl", "10.0.0.9");
        assertThat(throttle.refusal("jan@example.nl", "10.0.1.1")).isPresent();
    }

    @Test
    void twenty_failures_refuse_the_address_for_every_account_and_a_success_forgets_only_the_account() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("raad-" + i + "@example.nl", "203.0.113.5");
        }

        assertThat(throttle.refusal("wie@example.nl", "203.0.113.5")).isPresent();
        assertThat(throttle.refusal("wie@example.nl", "203.0.113.6")).isEmpty();

        for (int i = 0; i < 5; i++) {
            throttle.failed("kees@example.nl", "198.51.100.1");
        }
        throttle.succeeded("kees@example.nl");
        assertThat(throttle.refusal("kees@example.nl", "198.51.100.2")).isEmpty();
        assertThat(throttle.refusal("raad-1@example.nl", "203.0.113.5")).isPresent();
    }

    private static final class ManualTime implements TimeMeter {
        private long nanos = 1_000_000_000L;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
