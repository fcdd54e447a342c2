package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST invoices} with action save and repeat, {@code invoices_saved}, {@code invoices_repeated}:
 * docs/factuursturen-api.md §4.4 ("How to create a draft"), §4.6, §4.7 and the Decisions on savename.
 */
class DraftInvoicesIT extends AgainstEmulator {

    private static final String LINES =
            "[{\"amount\":\"0.25\",\"description\":\"0001 Reistijd\",\"price\":\"45\"," + "\"tax_rate\":\"21\"}]";

    @BeforeEach
    void oneClient() {
        http.postJson("clients", "{\"company\":\"Bakkerij\",\"address\":\"Dorpsstraat 1\",\"sendmethod\":\"email\"}");
    }

    @Test
    void save_answers_201_with_the_saved_invoice_id_and_the_draft_is_listed_by_name() {
        HttpResponse<String> response = save("WO-1001", "");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("1");
        assertThat(http.get("invoices_saved").body())
                .startsWith("[{\"id\":\"1\",\"name\":\"WO-1001\",")
                .contains(
                        "\"lines\":{\"line1\":{\"amount\":0.25,\"amount_desc\":\"\",\"description\":\"0001 Reistijd\","
                                + "\"tax_rate\":21,\"price\":45,\"discount_pct\":0,\"linetotal\":11.25}}",
                        "\"datesaved\":\"2025-03-10\"",
                        "\"totalintax\":\"13.61\"",
                        "\"sendmethod\":\"email\"",
                        "\"company\":\"Bakkerij\"",
                        "\"address\":\"Dorpsstraat 1\"",
                        "\"profile_name\":\"Standaard\"");
        assertThat(http.get("invoices").body()).isEqualTo("[]");
    }

    @Test
    void single_saved_invoice_is_wrapped_in_invoice() {
        save("WO-1001", "");

        assertThat(http.get("invoices_saved/1").body()).startsWith("{\"invoice\":{\"id\":\"1\",\"name\":\"WO-1001\"");
    }

    @Test
    void post_with_duplicate_savename_is_rejected() {
        save("WO-1001", "");

        HttpResponse<String> duplicate = save("wo-1001", "");

        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body()).isEqualTo("savename already exists");
        assertThat(Json.ids(http.get("invoices_saved").body(), "name")).containsExactly("WO-1001");
    }

    @Test
    void overwrite_if_exist_replaces_the_draft_and_keeps_its_id() {
        save("WO-1001", "");

        HttpResponse<String> overwrite =
                save("WO-1001", ",\"overwrite_if_exist\":\"true\",\"reference\":" + "{\"line1\":\"Nieuw\"}");

        assertThat(overwrite.statusCode()).isEqualTo(201);
        assertThat(overwrite.body()).isEqualTo("1");
        assertThat(http.get("invoices_saved").body()).contains("\"line1\":\"Nieuw\"");
        assertThat(Json.ids(http.get("invoices_saved").body(), "id")).containsExactly("1");
    }

    @Test
    void savename_is_required_and_at_most_20_characters() {
        assertThat(http.postJson("invoices", "{\"clientnr\":1,\"action\":\"save\"}")
                        .body())
                .isEqualTo("savename is required");
        assertThat(save("x".repeat(21), "").body()).isEqualTo("savename is longer than 20 characters");
        assertThat(save("x".repeat(20), "").statusCode()).isEqualTo(201);
    }

    @Test
    void saved_invoice_can_be_deleted_and_its_name_used_again() {
        save("WO-1001", "");

        assertThat(http.delete("invoices_saved/1").statusCode()).isEqualTo(200);
        assertThat(http.get("invoices_saved/1").statusCode()).isEqualTo(404);
        assertThat(save("WO-1001", "").body()).isEqualTo("2");
    }

    @Test
    void saved_invoices_are_only_read_and_deleted_through_their_own_path() {
        save("WO-1001", "");

        assertThat(http.putJson("invoices_saved/1", "{}").statusCode()).isEqualTo(405);
        assertThat(http.postJson("invoices_saved", "{}").statusCode()).isEqualTo(405);
    }

    @Test
    void repeat_creates_a_repeating_invoice_with_its_schedule() {
        HttpResponse<String> response = http.postJson(
                "invoices",
                "{\"clientnr\":1,\"action\":\"repeat\","
                        + "\"savename\":\"Abonnement\",\"frequency\":\"monthly\",\"initialdate\":\"2025-01-15\","
                        + "\"repeattype\":\"manual\",\"lines\":" + LINES + "}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("1");
        assertThat(http.get("invoices_repeated/1").body())
                .startsWith("{\"invoice\":{\"id\":\"1\",\"name\":\"Abonnement\"")
                .contains(
                        "\"initialdate\":\"2025-01-15\"",
                        "\"nextsenddate\":\"2025-03-15\"",
                        "\"finalsenddate\":\"\"",
                        "\"frequency\":\"monthly\"",
                        "\"repeattype\":\"manual\"",
                        "\"clientnr\":\"1\"");
        assertThat(http.get("invoices_saved").body()).isEqualTo("[]");
    }

    @Test
    void repeat_needs_a_known_frequency() {
        String base = "{\"clientnr\":1,\"action\":\"repeat\",\"savename\":\"Abonnement\"";

        assertThat(http.postJson("invoices", base + "}").body())
                .isEqualTo("frequency is required when action is repeat");
        assertThat(http.postJson("invoices", base + ",\"frequency\":\"daily\"}").statusCode())
                .isEqualTo(400);
    }

    private HttpResponse<String> save(String savename, String extra) {
        return http.postJson(
                "invoices",
                "{\"clientnr\":1,\"action\":\"save\",\"savename\":\"" + savename + "\"," + "\"lines\":" + LINES + extra
                        + "}");
    }
}
