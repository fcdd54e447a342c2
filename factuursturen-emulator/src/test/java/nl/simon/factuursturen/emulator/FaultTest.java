package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaultTest {

    @Test
    void fault_matches_its_path_and_below_whatever_the_slashes() {
        Fault fault = Fault.failing("post", "/api/v1/invoices/", 500);

        assertThat(fault.path()).isEqualTo("invoices");
        assertThat(fault.matches("POST", "invoices")).isTrue();
        assertThat(fault.matches("POST", "invoices/20250001")).isTrue();
        assertThat(fault.matches("POST", "invoices_saved")).isFalse();
        assertThat(fault.matches("GET", "invoices")).isFalse();
    }

    @Test
    void fault_without_method_matches_every_method() {
        assertThat(Fault.failing(null, "clients", 500).matches("DELETE", "clients/1"))
                .isTrue();
        assertThat(Fault.failing("*", "clients", 500).matches("PUT", "clients/1"))
                .isTrue();
    }

    @Test
    void nonsense_faults_are_refused() {
        assertThatThrownBy(() -> new Fault("x", null, 500, 0, false, 0)).hasMessageContaining("times");
        assertThatThrownBy(() -> new Fault("x", null, 42, 1, false, 0)).hasMessageContaining("status");
        assertThatThrownBy(() -> new Fault("x", null, 0, 1, false, 0)).hasMessageContaining("needs a status");
    }
}
