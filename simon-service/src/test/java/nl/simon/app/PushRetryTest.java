package nl.simon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.junit.jupiter.api.Test;

class PushRetryTest {
    @Test
    void a_failed_push_is_retried_after_5_seconds_doubling_up_to_10_minutes_unless_set_otherwise() {
        assertThat(bind(Map.of())).isEqualTo(new PushRetry(Duration.ofSeconds(5), Duration.ofMinutes(10)));
        assertThat(bind(Map.of("simon.push.retry.first", "200ms")))
                .isEqualTo(new PushRetry(Duration.ofMillis(200), Duration.ofMinutes(10)));
    }

    @Test
    void a_schedule_that_cannot_back_off_is_refused() {
        assertThatThrownBy(() -> new PushRetry(Duration.ZERO, Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PushRetry(Duration.ofMinutes(1), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PushRetry bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("simon.push.retry",
                PushRetry.class);
    }
}
