package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code search/{area}/{field}/{query}} (docs/factuursturen-api.md §4.14). */
class SearchIT extends AgainstEmulator {

    @BeforeEach
    void data() {
        account.create("clients", Map.of("company", "Bakkerij", "email", "pete@acme.com", "city", "Utrecht"));
        account.create("clients", Map.of("company", "Kapper", "email", "info@kapper.nl", "city", "Zeist"));
        account.create("products", Map.of("code", "0002", "name", "Werktijd", "price", 60));
        account.create(
                "invoices",
                Map.of(
                        "clientnr",
                        1,
                        "action",
                        "send",
                        "sendmethod",
                        "email",
                        "lines",
                        List.of(Map.of("amount", 1, "price", "19.79", "tax_rate", 21))));
    }

    @Test
    void search_on_a_field_answers_the_matching_rows_as_a_list() {
        assertThat(Json.ids(http.get("search/clients/email/pete@acme.com").body(), "clientnr"))
                .containsExactly("1");
        assertThat(Json.ids(http.get("search/invoices/totalintax/23.95").body(), "id"))
                .containsExactly("20250001");
        assertThat(Json.ids(http.get("search/products/code/0002").body(), "name"))
                .containsExactly("Werktijd");
    }

    @Test
    void search_matches_part_of_a_value_ignoring_case_and_all_searches_every_field() {
        assertThat(Json.ids(http.get("search/clients/city/UTR").body(), "clientnr"))
                .containsExactly("1");
        assertThat(Json.ids(http.get("search/clients/all/kapper").body(), "clientnr"))
                .containsExactly("2");
        assertThat(http.get("search/clients/email/nobody").body()).isEqualTo("[]");
    }

    @Test
    void an_encoded_slash_stays_in_the_query() {
        account.create("clients", Map.of("company", "A/B Techniek"));

        assertThat(Json.ids(http.get("search/clients/company/a%2Fb").body(), "clientnr"))
                .containsExactly("3");
    }

    @Test
    void unknown_area_is_404_and_unknown_field_is_400() {
        assertThat(http.get("search/quotations/all/x").statusCode()).isEqualTo(404);
        assertThat(http.get("search/clients/shoesize/42").body()).isEqualTo("Unknown search field shoesize");
        assertThat(http.get("search/clients/email").statusCode()).isEqualTo(404);
    }
}
