package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code invoices} with action send, reading, filters, payments: docs/factuursturen-api.md §4.3, §4.4, §4.13, §1.6, §7.9. */
class InvoicesIT extends AgainstEmulator {

    private static final String LINE = "{\"amount\":2,\"description\":\"Werktijd\",\"price\":\"50\",\"tax_rate\":21}";

    @BeforeEach
    void twoClients() {
        http.postJson("clients", "{\"company\":\"Bakkerij\",\"top\":\"14\"}");
        http.postJson("clients", "{\"company\":\"Kapper\",\"tax_type\":\"intax\",\"paymentmethod\":\"autocollect\"}");
    }

    @Test
    void send_answers_201_with_the_invoice_number_as_plain_text_and_numbers_per_year() {
        HttpResponse<String> first = send(1, LINE);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.body()).isEqualTo("F20250001");
        assertThat(first.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(send(1, LINE).body()).isEqualTo("F20250002");
    }

    @Test
    void sent_invoice_has_totals_due_date_history_and_sets_the_clients_lastinvoice() {
        send(1, LINE + ",{\"amount\":1,\"description\":\"Boek\",\"price\":10,\"tax_rate\":\"9\"}");

        String invoice = http.get("invoices/20250001").body();

        assertThat(invoice)
                .startsWith("{\"invoice\":{\"id\":\"20250001\",\"invoicenr_full\":\"F20250001\"")
                .contains(
                        "\"tax\":\"21.90\"",
                        "\"totalintax\":\"131.90\"",
                        "\"open\":\"131.90\"",
                        "\"sent\":\"2025-03-10\"",
                        "\"duedate\":\"2025-03-24\"",
                        "\"paymentperiod\":\"14\"",
                        "\"taxes\":{\"tax1\":{\"rate\":21,\"sum\":\"21.00\",\"sum_of\":\"100.00\"},"
                                + "\"tax2\":{\"rate\":9,\"sum\":\"0.90\",\"sum_of\":\"10.00\"}}",
                        "\"history\":{\"item1\":{\"date\":\"2025-03-10\",\"time\":\"10:30\","
                                + "\"description\":\"Factuur verstuurd via e-mail\"}}");
        assertThat(http.get("clients/1").body()).contains("\"lastinvoice\":\"2025-03-10\"");
    }

    @Test
    void prices_include_vat_for_an_intax_client_and_a_discount_lowers_the_base() {
        send(2, "{\"amount\":1,\"description\":\"Knippen\",\"price\":121,\"tax_rate\":21,\"discount_pct\":\"10\"}");

        assertThat(http.get("invoices/F20250001").body())
                .contains(
                        "\"linetotal\":108.9",
                        "\"tax\":\"18.90\"",
                        "\"totalintax\":\"108.90\"",
                        "\"sum_of\":\"90.00\"",
                        "\"collection\":\"1\"",
                        "\"tax_type\":\"intax\"");
    }

    @Test
    void invoice_is_found_by_id_and_by_invoice_number_and_deleted_by_either() {
        send(1, LINE);

        assertThat(http.get("invoices/20250001").statusCode()).isEqualTo(200);
        assertThat(http.get("invoices/F20250001").body()).startsWith("{\"invoice\":{\"id\":\"20250001\"");
        assertThat(http.delete("invoices/F20250001").statusCode()).isEqualTo(200);
        assertThat(http.get("invoices/20250001").statusCode()).isEqualTo(404);
    }

    @Test
    void send_without_action_sendmethod_or_known_client_is_rejected() {
        assertThat(http.postJson("invoices", "{\"clientnr\":1}").body())
                .isEqualTo("action is required: one of repeat, save, send");
        assertThat(http.postJson("invoices", "{\"clientnr\":1,\"action\":\"send\"}")
                        .body())
                .isEqualTo("sendmethod is required when action is send");
        assertThat(http.postJson("invoices", "{\"clientnr\":9,\"action\":\"send\",\"sendmethod\":\"mail\"}")
                        .body())
                .isEqualTo("Client 9 does not exist");
        HttpResponse<String> badRate = send(1, "{\"amount\":1,\"price\":1,\"tax_rate\":19}");
        assertThat(badRate.statusCode()).isEqualTo(400);
        assertThat(badRate.body()).isEqualTo("line1.tax_rate 19 is not a VAT rate of this account");
        assertThat(http.get("invoices").body()).isEqualTo("[]");
    }

    @Test
    void invoices_cannot_be_updated() {
        send(1, LINE);

        assertThat(http.putJson("invoices/20250001", "{\"invoicenote\":\"x\"}").statusCode())
                .isEqualTo(405);
    }

    @Test
    void payment_lowers_open_sets_paiddate_and_adds_history() {
        send(1, LINE);

        HttpResponse<String> payment = http.postJson(
                "invoices_payment/F20250001", "{\"date\":\"2025-03-12\",\"amount\":\"21\",\"method\":\"Pin\"}");

        assertThat(payment.statusCode()).isEqualTo(201);
        assertThat(payment.body()).isEmpty();
        assertThat(http.get("invoices/20250001").body())
                .contains(
                        "\"open\":\"100.00\"",
                        "\"paiddate\":\"2025-03-12\"",
                        "\"item2\":{\"date\":\"2025-03-12\",\"time\":\"10:30\",\"description\":\"Betaling van 21.00 ontvangen (Pin)\"}");
        http.postJson("invoices_payment/20250001", "{\"date\":\"2025-03-13\",\"amount\":\"full\"}");
        assertThat(http.get("invoices/20250001").body()).contains("\"open\":\"0.00\"", "\"paiddate\":\"2025-03-13\"");
    }

    @Test
    void payment_needs_a_date_an_amount_and_an_existing_invoice() {
        send(1, LINE);

        assertThat(http.postJson("invoices_payment/20250001", "{\"amount\":1}").body())
                .isEqualTo("date is required (YYYY-MM-DD)");
        assertThat(http.postJson("invoices_payment/20250001", "{\"date\":\"2025-03-12\"}")
                        .body())
                .isEqualTo("amount is required");
        assertThat(http.postJson("invoices_payment/F1", "{\"date\":\"2025-03-12\",\"amount\":1}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void filter_selects_by_payment_state_and_due_date() {
        send(1, LINE);
        send(1, LINE);
        send(2, LINE);
        http.postJson("invoices_payment/20250001", "{\"date\":\"2025-03-11\",\"amount\":\"full\"}");
        http.postJson("invoices_payment/20250002", "{\"date\":\"2025-03-11\",\"amount\":\"20\"}");

        assertThat(ids("invoices?filter=paid")).containsExactly("20250001");
        assertThat(ids("invoices?filter=partly")).containsExactly("20250002");
        assertThat(ids("invoices?filter=open")).containsExactly("20250002", "20250003");
        assertThat(ids("invoices?filter=sent")).containsExactly("20250003");
        assertThat(ids("invoices?filter=overdue")).isEmpty();
        clock.advance(Duration.ofDays(40));
        assertThat(ids("invoices?filter=overdue")).containsExactly("20250002", "20250003");
        assertThat(http.get("invoices?filter=late").statusCode()).isEqualTo(400);
    }

    @Test
    void since_until_and_client_filter_on_the_sent_date_and_clientnr() {
        send(1, LINE);
        clock.advance(Duration.ofDays(2));
        send(2, LINE);
        clock.advance(Duration.ofDays(2));
        send(1, LINE);

        assertThat(ids("invoices?since=2025-03-12")).containsExactly("20250002", "20250003");
        assertThat(ids("invoices?since=2025-03-11&until=2025-03-13")).containsExactly("20250002");
        assertThat(ids("invoices?client=1")).containsExactly("20250001", "20250003");
        assertThat(ids("invoices?clientnr=2")).containsExactly("20250002");
        assertThat(http.get("invoices?since=gisteren").statusCode()).isEqualTo(400);
    }

    @Test
    void invoice_pdf_is_a_pdf_found_by_id_or_invoice_number() {
        send(1, LINE);

        HttpResponse<String> pdf = http.get("invoices_pdf/F20250001");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body())
                .startsWith("%PDF-1.4")
                .contains("(Factuur F20250001)", "(Totaal EUR 121.00)")
                .endsWith("%%EOF\n");
        assertThat(http.get("invoices_pdf/20250001").statusCode()).isEqualTo(200);
        assertThat(http.get("invoices_pdf/F99").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> send(int clientnr, String lines) {
        return http.postJson(
                "invoices",
                "{\"clientnr\":\"" + clientnr + "\",\"action\":\"send\"," + "\"sendmethod\":\"email\",\"lines\":["
                        + lines + "]}");
    }

    private List<String> ids(String path) {
        return Json.ids(http.get(path).body(), "id");
    }
}
