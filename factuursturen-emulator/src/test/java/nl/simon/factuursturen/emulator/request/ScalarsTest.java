package nl.simon.factuursturen.emulator.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class ScalarsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void booleans_are_read_from_true_strings_and_digits() {
        assertThat(Scalars.flag("f", NODES.booleanNode(true))).contains(true);
        assertThat(Scalars.flag("f", NODES.stringNode("true"))).contains(true);
        assertThat(Scalars.flag("f", NODES.stringNode("1"))).contains(true);
        assertThat(Scalars.flag("f", NODES.numberNode(0))).contains(false);
        assertThat(Scalars.flag("f", NODES.stringNode(""))).isEmpty();
        assertThatThrownBy(() -> Scalars.flag("f", NODES.stringNode("ja")))
                .hasMessage("f must be true or false, not 'ja'");
    }

    @Test
    void numbers_are_read_from_numbers_and_strings_with_a_dot() {
        assertThat(Scalars.decimal("n", NODES.stringNode(" 41.32 "))).contains(new BigDecimal("41.32"));
        assertThat(Scalars.integer("n", NODES.stringNode("30.0"))).contains(30L);
        assertThatThrownBy(() -> Scalars.integer("n", NODES.stringNode("1.5"))).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Scalars.decimal("n", NODES.stringNode("1,5"))).hasMessageContaining("comma");
    }

    @Test
    void dates_are_yyyy_mm_dd() {
        assertThat(Scalars.date("d", NODES.stringNode("2025-02-28")))
                .hasValueSatisfying(date -> assertThat(date.toString()).isEqualTo("2025-02-28"));
        assertThatThrownBy(() -> Scalars.date("d", NODES.stringNode("2025-2-28")))
                .isInstanceOf(ApiFailure.class);
        assertThatThrownBy(() -> Scalars.date("d", NODES.stringNode("2025-02-30")))
                .isInstanceOf(ApiFailure.class);
    }

    @Test
    void objects_are_not_single_values() {
        assertThatThrownBy(() -> Scalars.text("t", NODES.objectNode())).hasMessage("t must be a single value");
    }
}
