package nl.simon.integration.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.simon.integration.log.LogMessage;
import org.junit.jupiter.api.Test;

class SyncNoteTest {
    @Test
    void a_note_is_read_back_as_its_code_and_parameters_as_text() {
        String stored = SyncNote.of(LogMessage.PUSH_UNKNOWN_PRODUCT, 12L, "workTimeProductCode", "");

        assertThat(stored).isEqualTo("push-unknown-product\u001f12\u001fworkTimeProductCode\u001f");
        assertThat(SyncNote.read(stored))
                .contains(new SyncNote("push-unknown-product", List.of("12", "workTimeProductCode", "")));
        assertThat(SyncNote.read(SyncNote.of(LogMessage.PUSH_NO_CUSTOMER)))
                .contains(new SyncNote("push-no-customer", List.of()));
    }

    @Test
    void no_text_is_no_note() {
        assertThat(SyncNote.read(null)).isEmpty();
        assertThat(SyncNote.read("")).isEmpty();
    }
}
