package nl.simon.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void defaults_are_the_sizes_of_the_issue() {
        Options options = Options.parse(List.of());

        assertThat(options.number("clients")).isEqualTo(100_000);
        assertThat(options.number("products")).isEqualTo(20_000);
        assertThat(options.number("tenants")).isEqualTo(2_000);
        assertThat(options.number("tenant_clients")).isEqualTo(200);
        assertThat(options.number("cycles")).isEqualTo(3);
        assertThat(options.number("push_orders")).isEqualTo(1_000);
        assertThat(options.number("push_tenants")).isEqualTo(100);
        assertThat(options.number("ui_customers")).isEqualTo(100_000);
        assertThat(options.number("ui_addresses")).isEqualTo(150_000);
        assertThat(options.number("ui_items")).isEqualTo(20_000);
        assertThat(options.number("ui_work_orders")).isEqualTo(200_000);
        assertThat(options.number("ui_companies")).isEqualTo(2_000);
        assertThat(options.only()).containsExactlyInAnyOrder("import", "steady", "push", "scaleout");
    }

    @Test
    void arguments_override_and_typos_are_refused() {
        Options options = Options.parse(List.of("cycle=5m", "clients=1_000", "only=import,push"));

        assertThat(options.duration("cycle")).isEqualTo(Duration.ofMinutes(5));
        assertThat(options.number("clients")).isEqualTo(1_000);
        assertThat(options.only()).containsExactlyInAnyOrder("import", "push");
        assertThatThrownBy(() -> Options.parse(List.of("client=5"))).hasMessageContaining("unknown option 'client'");
        assertThatThrownBy(() -> Options.parse(List.of("cycle"))).hasMessageContaining("key=value");
        assertThatThrownBy(() -> Options.parse(List.of("cycle=soon")).duration("cycle"))
                .hasMessageContaining("60s or 5m");
    }
}
