package nl.simon.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.simon.integration.log.LogEntry;
import nl.simon.integration.log.LogMessage;
import org.junit.jupiter.api.Test;

/** Issue 15 item 5: the page each kind of log row links to (the log page and the API's {@code link} alike). */
class LogLinkTest {
    private static LogEntry row(LogMessage message, String recordId) {
        return LogEntry.of(Instant.EPOCH, message, recordId, "x", "y", "z");
    }

    @Test
    void a_push_row_links_its_work_order() {
        assertThat(LogLink.of(row(LogMessage.PUSH_NO_CUSTOMER, "42")))
                .isEqualTo(new LogLink("/work-orders/42", "integration.log.open.work-order"));
    }

    @Test
    void a_pulled_customer_row_links_the_customer_by_its_fs_client_number() {
        assertThat(LogLink.of(row(LogMessage.CUSTOMER_ADDED, "1001")).path()).isEqualTo("/customers/fs/1001");
        assertThat(LogLink.of(row(LogMessage.CUSTOMER_UPDATED, "C 1/2")).path()).isEqualTo("/customers/fs/C%201%2F2");
        assertThat(LogLink.of(row(LogMessage.LOCATION_ADDED, "1001")).label())
                .isEqualTo("integration.log.open.customer");
    }

    @Test
    void a_hidden_customer_links_its_page_and_a_removed_one_nothing() {
        assertThat(LogLink.of(row(LogMessage.CUSTOMER_HIDDEN_IN_USE, "7")).path())
                .isEqualTo("/customers/7");
        assertThat(LogLink.of(row(LogMessage.CUSTOMER_REMOVED, "7"))).isNull();
    }

    @Test
    void a_connection_error_links_the_wizard_to_reconnect() {
        assertThat(LogLink.of(row(LogMessage.SUSPENDED_UNAUTHORIZED, null)))
                .isEqualTo(new LogLink("/integration/wizard", "integration.log.open.reconnect"));
    }

    @Test
    void an_imported_quotations_rows_link_the_work_order_it_became() {
        for (LogMessage message : new LogMessage[] {
            LogMessage.QUOTATION_IMPORTED,
            LogMessage.QUOTATION_LINE_UNMATCHED,
            LogMessage.QUOTATION_LINE_BILLED_OTHERWISE
        }) {
            assertThat(LogLink.of(row(message, "Q 7/1")))
                    .isEqualTo(new LogLink("/work-orders/quotation/Q%207%2F1", "integration.log.open.work-order"));
        }
        assertThat(LogLink.of(row(LogMessage.QUOTATIONS_IMPORTED, "quotations-1")))
                .isNull();
    }

    @Test
    void a_summary_row_links_nothing_but_its_details() {
        assertThat(LogLink.of(row(LogMessage.CUSTOMERS_PULLED, "run-1"))).isNull();
    }
}
