package nl.simon.integration;

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
                .isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "baseUrl");
    }

    @Test
    void demo_and_tests_also_allow_the_listed_loopback_hosts_over_http() {
        FsAddressPolicy demo = new FsAddressPolicy(REAL, Set.of("127.0.0.1", "localhost"));

        assertThat(demo.resolve("http://127.0.0.1:8081/api/v1/")).hasPort(8081);
        assertThat(demo.resolve("http://LOCALHOST:1/api/v1/")).hasHost("LOCALHOST");
        assertThatThrownBy(() -> demo.resolve("http://169.254.169.254/latest")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> demo.resolve("file:///etc/passwd")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> demo.resolve("http://[::1")).isInstanceOf(InvalidInputException.class);
    }
}
