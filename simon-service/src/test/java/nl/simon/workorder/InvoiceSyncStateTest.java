package nl.simon.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InvoiceSyncStateTest {
    @Test
    void only_a_failed_or_not_sent_draft_can_be_sent_again() {
        assertThat(Arrays.stream(InvoiceSyncState.values()).filter(InvoiceSyncState::canBeResent))
                .containsExactlyInAnyOrder(InvoiceSyncState.FAILED, InvoiceSyncState.NOT_SENT);
    }
}
