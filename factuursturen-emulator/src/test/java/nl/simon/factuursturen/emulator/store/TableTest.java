package nl.simon.factuursturen.emulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.simon.factuursturen.emulator.request.FieldDecoder;
import nl.simon.factuursturen.emulator.request.Input;
import nl.simon.factuursturen.emulator.wire.Row;
import nl.simon.factuursturen.emulator.wire.Schemas;
import nl.simon.factuursturen.emulator.wire.WireJson;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void pages_follow_id_order_and_see_every_change() {
        Table table = Table.withoutUniqueKey();
        for (int i = 0; i < 5; i++) {
            table.put(Schemas.PRODUCT.newRow().build(table.nextId()));
        }

        assertThat(table.page(1, 2)).extracting(Row::id).containsExactly(2L, 3L);
        table.remove(2);
        assertThat(table.page(1, 2)).extracting(Row::id).containsExactly(3L, 4L);
        assertThat(table.page(3, -1)).extracting(Row::id).containsExactly(5L);
        assertThat(table.page(9, 2)).isEmpty();
    }

    @Test
    void unique_key_is_found_ignoring_case_and_forgotten_on_delete() {
        Table table = new Table("name");
        Row draft = Schemas.SAVED_INVOICE.newRow().set("name", "WO-1").build(table.nextId());
        table.put(draft);

        assertThat(table.findUnique("wo-1")).contains(draft);
        table.remove(draft.id());
        assertThat(table.findUnique("WO-1")).isEmpty();
    }

    @Test
    void ids_are_never_reused() {
        Table table = Table.withoutUniqueKey();
        Input input = new Input(WireJson.mapper().valueToTree(Map.of("company", "x")));
        table.put(FieldDecoder.apply(input, Schemas.CLIENT.newRow()).build(table.nextId()));
        table.remove(1);

        assertThat(table.nextId()).isEqualTo(2);
    }
}
