package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code quotations}: docs/factuursturen-api.md §4.8 and the decision "quotation create". */
class QuotationsIT extends AgainstEmulator {

    private static final String LINES =
            "[{\"amount\":3,\"description\":\"Radiatorkraan\",\"price\":\"27.50\"," + "\"tax_rate\":21}]";

    @BeforeEach
    void oneClient() {
        http.postJson("clients", "{\"company\":\"VvE Parkzicht\"}");
    }

    @Test
    void saved_quotation_is_created_listed_and_shown_wrapped_in_quotation() {
        HttpResponse<String> response = save("WB Kranen vervangen", "OFF-1");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("1");
        assertThat(http.get("quotations/1").body())
                .isEqualTo("{\"quotation\":{\"id\":\"1\",\"savename\":"
                        + "\"WB Kranen vervangen\",\"quotationreference\":\"OFF-1\",\"reference\":{\"line1\":\"\",\"line2\":\"\","
                        + "\"line3\":\"\"},\"lines\":{\"line1\":{\"amount\":3,\"amount_desc\":\"\",\"description\":\"Radiatorkraan\","
                        + "\"tax_rate\":21,\"price\":27.5,\"discount_pct\":0,\"linetotal\":82.5}},\"profile\":\"1\","
                        + "\"profile_name\":\"Standaard\",\"category\":\"0\",\"category_name\":\"\",\"discounttype\":\"percentage\","
                        + "\"discount\":\"0\",\"paymentcondition\":\"U wordt vriendelijk verzocht de betaling te voldoen binnen "
                        + "%PAYMENT_PERIOD% dagen o.v.v. het factuurnummer %INVOICE_NUMBER%.\",\"quotationperiod\":\"30\","
                        + "\"showtotals\":\"true\",\"date\":\"2025-03-10\",\"notes\":\"\",\"convert_prices_to_euro\":\"false\","
                        + "\"customstatus\":\"\",\"approved\":\"false\",\"clientnr\":\"1\"}}");
        assertThat(Json.ids(http.get("quotations").body(), "savename")).containsExactly("WB Kranen vervangen");
    }

    @Test
    void sent_quotation_needs_a_sendmethod_but_no_savename() {
        String base = "{\"clientnr\":1,\"action\":\"send\",\"lines\":" + LINES;

        assertThat(http.postJson("quotations", base + "}").body())
                .isEqualTo("sendmethod is required when action is send");
        assertThat(http.postJson("quotations", base + ",\"sendmethod\":\"email\"}")
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void quotation_savename_is_unique_unless_overwritten() {
        save("Offerte 1", "OFF-1");

        assertThat(save("offerte 1", "OFF-2").body()).isEqualTo("savename already exists");
        HttpResponse<String> overwrite = http.postJson(
                "quotations",
                "{\"clientnr\":1,\"action\":\"save\","
                        + "\"savename\":\"Offerte 1\",\"overwrite_if_exist\":1,\"notes\":\"nieuw\"}");
        assertThat(overwrite.body()).isEqualTo("1");
        assertThat(http.get("quotations/1").body()).contains("\"notes\":\"nieuw\"");
        assertThat(save("x".repeat(41), "OFF-3").body()).isEqualTo("savename is longer than 40 characters");
    }

    @Test
    void put_changes_the_fields_sent_and_recomputes_lines() {
        save("Offerte 1", "OFF-1");

        HttpResponse<String> response = http.putJson(
                "quotations/1",
                "{\"notes\":\"Sleutel bij buren\","
                        + "\"lines\":[{\"amount\":1,\"description\":\"Kraan\",\"price\":10,\"tax_rate\":9}]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(http.get("quotations/1").body())
                .contains(
                        "\"savename\":\"Offerte 1\"",
                        "\"notes\":\"Sleutel bij buren\"",
                        "\"description\":\"Kraan\",\"tax_rate\":9,\"price\":10");
        assertThat(http.putJson("quotations/1", "{\"clientnr\":7}").body()).isEqualTo("Client 7 does not exist");
    }

    @Test
    void delete_removes_the_quotation() {
        save("Offerte 1", "OFF-1");

        assertThat(http.delete("quotations/1").statusCode()).isEqualTo(200);
        assertThat(http.get("quotations").body()).isEqualTo("[]");
    }

    private HttpResponse<String> save(String savename, String reference) {
        return http.postJson(
                "quotations",
                "{\"clientnr\":1,\"action\":\"save\",\"savename\":\"" + savename + "\"," + "\"quotationreference\":\""
                        + reference + "\",\"lines\":" + LINES + "}");
    }
}
