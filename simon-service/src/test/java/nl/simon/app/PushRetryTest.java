package nl.simon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PushRetryTest {
    @Test
    void the_retry_delays_bind_from_their_properties() {
        assertThat(bind(Map.of("simon.push.retry.first", "200ms", "simon.push.retry.max", "10m")))
                .isEqualTo(new PushRetry(Duration.ofMillis(200), Duration.ofMinutes(10)));
    }

    @Test
    void a_schedule_that_cannot_back_off_is_refused() {
        assertThatThrownBy(() -> new PushRetry(Duration.ZERO, Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PushRetry(Duration.ofMinutes(1), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PushRetry(null, Duration.ofSeconds(5)))
                .hasMessageContaining("simon.push.retry.first must be set");
    }

    private static PushRetry bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("simon.push.retry", PushRetry.class);
    }
}
