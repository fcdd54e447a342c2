package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FormStateTest {

    @Test
    void an_api_key_or_password_is_never_kept() {
        FormState state = FormState.of(
                "connect",
                Map.of("username", new String[] {"demo"}, "apiKey", new String[] {"geheim"}, "password", new String[] {
                    "ook-geheim"
                }),
                "apiKey",
                "onjuist");
        assertThat(state.value("connect", "username")).isEqualTo("demo");
        assertThat(state.value("connect", "apiKey")).isNull();
        assertThat(state.values()).doesNotContainKey("password");
        assertThat(state.error("connect", "apiKey")).isEqualTo("onjuist");
    }

    @Test
    void every_ticked_checkbox_is_kept() {
        FormState state = FormState.of("wipe", Map.of("tables", new String[] {"Customer", "WorkOrder"}), null, null);
        assertThat(state.ticked("wipe", "tables", "Customer")).isTrue();
        assertThat(state.ticked("wipe", "tables", "WorkOrder")).isTrue();
        assertThat(state.ticked("wipe", "tables", "Location")).isFalse();
        assertThat(state.ticked("other", "tables", "Customer")).isFalse();
    }
}
