package nl.simon.integration.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Set;
import nl.simon.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class FsAddressPolicyTest {
    static final URI REAL = URI.create("https://www.factuursturen.nl/api/v1/");

    @Test
    void production_allows_only_the_real_factuursturen() {
        FsAddressPolicy production = new FsAddressPolicy(REAL, Set.of());

        assertThat(production.resolve(null)).isEqualTo(REAL);
        assertThat(production.resolve(" ")).isEqualTo(REAL);
        assertThat(production.resolve(REAL.toString())).isEqualTo(REAL);
        assertThatThrownBy(() -> production.resolve("http://127.0.0.1:8081/api/v1/"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "baseUrl");
    }

    @Test
    void demo_and_tests_also_allow_the_listed_loopback_hosts_over_http() {
        FsAddressPolicy demo = new FsAddressPolicy(REAL, Set.of("127.0.0.1", "localhost"));

        assertThat(demo.resolve("http://127.0.0.1:8081/api/v1/")).hasPort(8081);
        assertThat(demo.resolve("http://LOCALHOST:1/api/v1/")).hasHost("LOCALHOST");
        assertThatThrownBy(() -> demo.resolve("http://169.254.169.254/latest"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> demo.resolve("file:///etc/passwd")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> demo.resolve("http://[::1")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void demo_mode_allows_only_the_emulator_address_itself() {
        URI emulator = URI.create("http://127.0.0.1:8081/api/v1/");
        FsAddressPolicy demo =
                new FsAddressPolicy(emulator, Set.of(), java.util.List.of(URI.create("http://localhost:8081/api/v1/")));

        assertThat(demo.resolve("http://127.0.0.1:8081/api/v1/")).isEqualTo(emulator);
        assertThat(demo.resolve("http://LOCALHOST:8081/api/v1/")).hasPort(8081);
        for (String other : new String[] {
            "http://127.0.0.1:8080/api/v1/",
            "http://127.0.0.1:5432/api/v1/",
            "http://127.0.0.1:8081/_emulator/",
            "http://127.0.0.1:8081/actuator/#/api/v1/",
            "http://127.0.0.1:8081/api/v1/?x=/api/v1/",
            "http://127.0.0.1:8081/api/v1/#x",
            "http://127.0.0.1:8081/api/v1/../../_emulator/",
            "http://127.0.0.1:8081/api/v1/%2e%2e/",
            "https://127.0.0.1:8081/api/v1/",
            "http://127.0.0.2:8081/api/v1/",
            "http://127.0.0.1:99999/api/v1/",
            "http://demo:demo-api-key@127.0.0.1:8081/api/v1/"
        }) {
            assertThatThrownBy(() -> demo.resolve(other))
                    .as(other)
                    .isInstanceOf(InvalidInputException.class)
                    .hasFieldOrPropertyWithValue("field", "baseUrl");
        }
    }

    @Test
    void user_info_a_query_a_fragment_or_another_path_are_refused_everywhere() {
        FsAddressPolicy tests = new FsAddressPolicy(REAL, Set.of("127.0.0.1", "test.factuursturen.nl"));

        assertThat(tests.resolve("https://test.factuursturen.nl/api/v1/")).hasHost("test.factuursturen.nl");
        for (String bad : new String[] {
            "https://user:pass@www.factuursturen.nl/api/v1/",
            "https://user@test.factuursturen.nl/api/v1/",
            "http://127.0.0.1:1234/api/v1/?a=b",
            "http://127.0.0.1:1234/api/v1/#frag",
            "http://127.0.0.1:1234/other/",
            "http://127.0.0.1:1234/"
        }) {
            assertThatThrownBy(() -> tests.resolve(bad)).as(bad).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> new FsAddressPolicy(URI.create("https://u:p@www.factuursturen.nl/api/v1/"), Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("u:p");
    }
}
