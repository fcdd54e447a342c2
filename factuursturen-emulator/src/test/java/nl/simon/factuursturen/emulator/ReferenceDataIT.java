package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code categories}, {@code profiles}, {@code taxes}, {@code countrylist} (docs/factuursturen-api.md §4.9–§4.12). */
class ReferenceDataIT extends AgainstEmulator {

    @Test
    void countrylist_is_the_captured_list() {
        String captured = Fixtures.compact("countrylist_response.json");

        assertThat(http.get("countrylist").body()).isEqualTo(captured);
        assertThat(http.get("countrylist/en").body()).isEqualTo(captured);
        assertThat(http.get("countrylist/xx").statusCode()).isEqualTo(404);
    }

    @Test
    void taxes_are_the_configured_rates_as_strings() {
        assertThat(http.get("taxes").body())
                .isEqualTo("[{\"percentage\":\"21\",\"type\":\"H\",\"default\":\"true\","
                        + "\"country\":\"NL\"},{\"percentage\":\"9\",\"type\":\"L\",\"default\":\"false\",\"country\":\"NL\"},"
                        + "{\"percentage\":\"0\",\"type\":\"Z\",\"default\":\"false\",\"country\":\"NL\"},{\"percentage\":\"0\","
                        + "\"type\":\"N\",\"default\":\"false\",\"country\":\"NL\"}]");
    }

    @Test
    void profiles_and_categories_are_lists_of_strings() {
        assertThat(http.get("profiles").body())
                .isEqualTo("[{\"id\":\"1\",\"name\":\"Standaard\",\"default\":\"1\"},"
                        + "{\"id\":\"2\",\"name\":\"Engelstalig\",\"default\":\"0\"}]");
        assertThat(http.get("categories").body())
                .isEqualTo("[{\"id\":\"1\",\"name\":\"Omzet\",\"ledger\":\"8000\"},"
                        + "{\"id\":\"2\",\"name\":\"Onderhoud\",\"ledger\":\"8010\"},"
                        + "{\"id\":\"3\",\"name\":\"Materialen\",\"ledger\":\"8020\"}]");
    }

    @Test
    void reference_lists_are_read_only() {
        assertThat(http.postJson("taxes", "{}").statusCode()).isEqualTo(405);
        assertThat(http.get("taxes/1").statusCode()).isEqualTo(404);
    }

    @Test
    void unknown_profile_or_category_on_a_document_is_rejected() {
        http.postJson("clients", "{}");

        assertThat(http.postJson("invoices", "{\"clientnr\":1,\"action\":\"save\",\"savename\":\"A\",\"profile\":9}")
                        .body())
                .isEqualTo("Unknown profile 9");
        assertThat(http.postJson("invoices", "{\"clientnr\":1,\"action\":\"save\",\"savename\":\"A\",\"category\":9}")
                        .body())
                .isEqualTo("Unknown category 9");
    }
}
