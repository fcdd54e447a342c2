package nl.simon.factuursturen.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The client reads the bodies captured from the real FactuurSturen API, quirks and all. */
class WireFormatTest {

    @Test
    void a_captured_client_reads_with_string_booleans_and_empty_strings_as_absent() throws IOException {
        FsClient client = FsClient.read(fixture("client.json"));

        assertThat(client.clientnr()).isEqualTo("1");
        assertThat(client.company()).isEqualTo("kees");
        assertThat(client.contact()).isNull();
        assertThat(client.city()).isEqualTo("ROTT");
        assertThat(client.country()).isEqualTo("146");
        assertThat(client.active()).isTrue();
        assertThat(client.lastInvoice()).isEqualTo(LocalDate.of(2015, 11, 24));
        assertThat(client.displayName()).isEqualTo("kees");
    }

    @Test
    void a_captured_product_reads_its_stringly_typed_numbers() throws IOException {
        FsProduct product = FsProduct.read(fixture("product.json"));

        assertThat(product.id()).isEqualTo("1");
        assertThat(product.code()).isEqualTo("product code");
        assertThat(product.price()).isEqualByComparingTo("120");
        assertThat(product.vatPercentage()).isEqualByComparingTo("21");
        assertThat(product.priceInTax()).isEqualByComparingTo("145.2");
    }

    @Test
    void lines_keyed_line1_are_read_in_order_with_numbers_inside() throws IOException {
        JsonNode invoice = fixture("listInvoiceResponse.json").get(0);

        List<InvoiceLine> lines = Wire.keyed(invoice, "lines", InvoiceLine::read);

        assertThat(lines)
                .containsExactly(new InvoiceLine(
                        new BigDecimal("4"), lines.get(0).description(), new BigDecimal("13"), new BigDecimal("21")));
        assertThat(Wire.decimal(invoice, "totalintax")).isEqualByComparingTo("62.92");
        assertThat(Wire.date(invoice, "paiddate")).isNull();
    }

    @Test
    void an_empty_keyed_map_sent_as_an_empty_array_is_an_empty_list() throws IOException {
        JsonNode legacy = fixture("legacyListInvoiceResponse.json").get(0);

        assertThat(Wire.keyed(legacy, "lines", InvoiceLine::read)).isEmpty();
        assertThat(Wire.keyed(legacy, "history", node -> node)).isEmpty();
        assertThat(Wire.date(legacy, "duedate")).isNull();
    }

    @Test
    void booleans_numbers_and_dates_are_read_in_every_form_seen() {
        JsonNode node = FactuurSturenJson.MAPPER.readTree("""
                {"a": true, "b": "true", "c": "1", "d": 1, "e": "false", "f": "0", "g": "",
                 "n1": "12.50", "n2": 12.5, "n3": "", "n4": false, "d1": "2026-11-29", "d2": "", "d3": "0000-00-00"}""");

        assertThat(List.of("a", "b", "c", "d"))
                .allSatisfy(f -> assertThat(Wire.bool(node, f, false)).isTrue());
        assertThat(Wire.bool(node, "e", true)).isFalse();
        assertThat(Wire.bool(node, "f", true)).isFalse();
        assertThat(Wire.bool(node, "g", true)).isTrue();
        assertThat(Wire.bool(node, "missing", true)).isTrue();
        assertThat(Wire.decimal(node, "n1")).isEqualByComparingTo("12.5");
        assertThat(Wire.decimal(node, "n2")).isEqualByComparingTo("12.5");
        assertThat(Wire.decimal(node, "n3")).isNull();
        assertThat(Wire.decimal(node, "n4")).isNull();
        assertThat(Wire.date(node, "d1")).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(Wire.date(node, "d2")).isNull();
        assertThat(Wire.date(node, "d3")).isNull();
    }

    @Test
    void lines_written_as_an_array_or_with_odd_keys_are_read_in_number_order() {
        JsonNode node = FactuurSturenJson.MAPPER.readTree("""
                {"lines": {"line10": {"description": "ten"}, "line2": {"description": "two"}, "line01": {"description": "one"}},
                 "array": [{"description": "x"}]}""");

        assertThat(Wire.keyed(node, "lines", InvoiceLine::read))
                .extracting(InvoiceLine::description)
                .containsExactly("one", "two", "ten");
        assertThat(Wire.keyed(node, "array", InvoiceLine::read))
                .extracting(InvoiceLine::description)
                .containsExactly("x");
    }

    @Test
    void a_single_answer_is_unwrapped_whatever_its_key_and_a_list_answer_means_not_found() {
        assertThat(FactuurSturenJson.unwrapSingle(FactuurSturenJson.MAPPER.readTree("{\"invoice\": {\"id\": \"7\"}}"))
                        .get("id")
                        .asString())
                .isEqualTo("7");
        assertThat(FactuurSturenJson.unwrapSingle(
                                FactuurSturenJson.MAPPER.readTree("{\"invoices_saved\": {\"id\": \"8\"}}"))
                        .get("id")
                        .asString())
                .isEqualTo("8");
        assertThat(FactuurSturenJson.unwrapSingle(FactuurSturenJson.MAPPER.readTree("[{\"id\": \"1\"}]")))
                .isNull();
    }

    @Test
    void a_draft_is_written_with_action_save_reference_lines_and_text_only_lines() {
        DraftInvoice draft = new DraftInvoice(
                "42",
                "WB 12",
                List.of("Dorpsstraat 1"),
                List.of(
                        InvoiceLine.text("Kraan vervangen"),
                        new InvoiceLine(
                                new BigDecimal("2.00"), "0002 Werktijd", new BigDecimal("55"), new BigDecimal("21"))));

        JsonNode body = FactuurSturenJson.MAPPER.readTree(FactuurSturenJson.draftInvoice(draft));

        assertThat(body.get("action").asString()).isEqualTo("save");
        assertThat(body.get("savename").asString()).isEqualTo("WB 12");
        assertThat(body.get("clientnr").asString()).isEqualTo("42");
        assertThat(body.at("/reference/line1").asString()).isEqualTo("Dorpsstraat 1");
        assertThat(body.at("/lines/0").propertyNames()).containsExactly("description");
        assertThat(body.at("/lines/1/amount").decimalValue()).isEqualByComparingTo("2");
        assertThat(body.at("/lines/1/tax_rate").decimalValue()).isEqualByComparingTo("21");
    }

    @Test
    void credentials_never_show_the_api_key() {
        Credentials credentials = new Credentials("demo", "super-secret-key");

        assertThat(credentials.toString()).doesNotContain("super-secret-key").contains("demo");
        assertThat(ClientSettings.of(java.net.URI.create("http://127.0.0.1:1/api/v1"), credentials)
                        .toString())
                .doesNotContain("super-secret-key");
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = WireFormatTest.class.getResourceAsStream("/fixtures/" + name)) {
            return FactuurSturenJson.MAPPER.readTree(in);
        }
    }
}
