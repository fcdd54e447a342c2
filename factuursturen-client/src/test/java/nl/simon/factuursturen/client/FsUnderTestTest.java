package nl.simon.factuursturen.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real-service switch refuses to start without its account and never falls back to the emulator. */
class FsUnderTestTest {

    @Test
    void the_real_service_without_any_variable_stops_with_a_message_naming_all_three() {
        assertThatThrownBy(() -> FsUnderTest.Real.fromEnvironment(Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-Preal-fs")
                .hasMessageContaining("missing: FS_BASE_URL, FS_USERNAME, FS_API_KEY")
                .hasMessageContaining("never falls back to the emulator");
    }

    @Test
    void a_blank_variable_counts_as_missing_and_only_the_missing_ones_are_named() {
        assertThatThrownBy(() -> FsUnderTest.Real.fromEnvironment(
                        Map.of("FS_BASE_URL", "http://127.0.0.1:1/api/v1/", "FS_USERNAME", "test", "FS_API_KEY", " ")))
                .hasMessageEndingWith("missing: FS_API_KEY. It never falls back to the emulator.");
    }

    @Test
    void the_real_service_is_reached_under_the_given_address_with_a_closing_slash() {
        FsUnderTest real = FsUnderTest.Real.fromEnvironment(
                Map.of("FS_BASE_URL", "https://fs.example/api/v1", "FS_USERNAME", "test", "FS_API_KEY", "secret"));

        assertThat(real.emulated()).isFalse();
        assertThat(real.baseUrl()).hasToString("https://fs.example/api/v1/");
        assertThat(real.account(1).username()).isEqualTo("test");
        assertThat(real.toString()).doesNotContain("secret");
        assertThatThrownBy(real::emulator).hasMessageContaining(FsUnderTest.EMULATOR_ONLY);
    }
}
