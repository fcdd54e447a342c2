package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 4: the same wrong request always gets the same text — enum lists sorted (not a
 * {@code Set}'s per-JVM order), numbers in plain notation without trailing zeros, whatever form was sent.
 */
class ConsistentMessagesIT extends AgainstEmulator {

    @BeforeEach
    void oneClient() {
        http.postJson("clients", "{\"company\":\"Bakkerij\"}");
    }

    @Test
    void enum_lists_in_messages_are_sorted() {
        assertBadRequest(
                http.postJson("clients", "{\"sendmethod\":\"fax\"}"),
                "sendmethod must be one of email, mail, printcenter, not 'fax'");
        assertBadRequest(
                http.postJson("clients", "{\"collecttype\":\"X\"}"),
                "collecttype must be one of FRST, OOFF, RCUR, none, not 'X'");
        assertBadRequest(
                http.get("invoices?filter=late"),
                "filter must be one of open, overdue, paid, partly, sent, toomuch, uncollectible, not 'late'");
        assertBadRequest(
                http.postJson("invoices", "{\"clientnr\":1}"), "action is required: one of repeat, save, send");
        assertBadRequest(
                http.postJson("invoices", "{\"clientnr\":1,\"action\":\"print\"}"),
                "action must be one of repeat, save, send, not 'print'");
        assertBadRequest(
                http.postJson("invoices", "{\"clientnr\":1,\"action\":\"send\",\"sendmethod\":\"fax\"}"),
                "sendmethod must be one of email, mail, printcenter, not 'fax'");
        assertBadRequest(
                http.postJson(
                        "invoices",
                        "{\"clientnr\":1,\"action\":\"send\",\"sendmethod\":\"mail\","
                                + "\"lines\":[{\"amount\":1,\"price\":1,\"type\":\"kop\"}]}"),
                "line1.type must be one of bundle_end, bundle_start, page_separator, subtotal, not 'kop'");
        assertBadRequest(
                http.postJson("quotations", "{\"clientnr\":1,\"action\":\"print\"}"),
                "action must be one of save, send, not 'print'");
    }

    @Test
    void numbers_in_messages_are_plain_whatever_form_was_sent() {
        for (String rate : new String[] {"19", "\"19.00\"", "19.0", "\"1.9E1\""}) {
            assertBadRequest(
                    http.postJson("products", "{\"name\":\"X\",\"price\":1,\"taxes\":" + rate + "}"),
                    "taxes 19 is not a VAT rate of this account");
            assertBadRequest(
                    http.postJson(
                            "invoices",
                            "{\"clientnr\":1,\"action\":\"send\",\"sendmethod\":\"mail\","
                                    + "\"lines\":[{\"amount\":1,\"price\":1,\"tax_rate\":" + rate + "}]}"),
                    "line1.tax_rate 19 is not a VAT rate of this account");
        }
        assertBadRequest(
                http.postJson("invoices", "{\"clientnr\":\"007\",\"action\":\"send\",\"sendmethod\":\"mail\"}"),
                "Client 7 does not exist");
    }

    @Test
    void the_same_wrong_request_gets_the_same_text_every_time() {
        String first = http.postJson("clients", "{\"paymentmethod\":\"cash\"}").body();
        for (int i = 0; i < 5; i++) {
            assertThat(http.postJson("clients", "{\"paymentmethod\":\"cash\"}").body())
                    .isEqualTo(first);
        }
        assertThat(first).isEqualTo("paymentmethod must be one of autocollect, bank, not 'cash'");
    }

    private static void assertBadRequest(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo(message);
    }
}
