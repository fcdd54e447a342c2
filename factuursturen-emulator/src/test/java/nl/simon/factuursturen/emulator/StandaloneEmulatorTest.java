package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StandaloneEmulatorTest {

    @Test
    void port_defaults_to_8081_on_loopback() {
        EmulatorSettings settings = StandaloneEmulator.settings(new String[0], Map.of());

        assertThat(settings.port()).isEqualTo(8081);
        assertThat(settings.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void port_comes_from_emulator_port_and_the_option_wins() {
        assertThat(StandaloneEmulator.settings(new String[0], Map.of("EMULATOR_PORT", "9090"))
                        .port())
                .isEqualTo(9090);
        assertThat(StandaloneEmulator.settings(new String[] {"--port", "7070"}, Map.of("EMULATOR_PORT", "9090"))
                        .port())
                .isEqualTo(7070);
        assertThat(StandaloneEmulator.settings(new String[] {"--host", "0.0.0.0"}, Map.of())
                        .host())
                .isEqualTo("0.0.0.0");
    }

    @Test
    void bad_options_are_explained() {
        assertThatThrownBy(() -> StandaloneEmulator.settings(new String[] {"--poort", "1"}, Map.of()))
                .hasMessageContaining("unknown option --poort");
        assertThatThrownBy(() -> StandaloneEmulator.settings(new String[] {"--port"}, Map.of()))
                .hasMessage("--port needs a value");
        assertThatThrownBy(() -> StandaloneEmulator.settings(new String[] {"--port", "acht"}, Map.of()))
                .hasMessageContaining("port must be a number");
    }
}
