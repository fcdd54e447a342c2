package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo FS account of docs/contracts.md §1. */
class DemoDataIT extends AgainstEmulator {

    private RawHttp demo;

    @BeforeEach
    void loadDemo() {
        emulator.loadDemoData();
        demo = new RawHttp(emulator.baseUrl())
                .as(FactuurSturenEmulator.DEMO_USERNAME, FactuurSturenEmulator.DEMO_API_KEY);
    }

    @Test
    void demo_account_has_about_ten_dutch_clients_with_addresses() {
        JsonNode clients = Json.parse(demo.get("clients").body());

        assertThat(clients.size()).isEqualTo(10);
        for (JsonNode client : clients) {
            assertThat(client.get("address").asString()).isNotBlank();
            assertThat(client.get("zipcode").asString()).matches("\\d{4} [A-Z]{2}");
            assertThat(client.get("city").asString()).isNotBlank();
            assertThat(client.get("country").asString()).isEqualTo("146");
        }
    }

    @Test
    void demo_account_has_the_hour_and_call_out_products_and_materials() {
        String products = demo.get("products").body();

        assertThat(products)
                .contains(
                        "\"code\":\"0001\",\"name\":\"Reistijd\"",
                        "\"code\":\"0002\",\"name\":\"Werktijd\"",
                        "\"code\":\"0003\",\"name\":\"Voorrijkosten\"");
        assertThat(Json.parse(products).size()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void some_demo_quotations_have_wb_in_their_description_and_some_do_not() {
        List<Boolean> withWb = new ArrayList<>();
        for (JsonNode quotation : Json.parse(demo.get("quotations").body())) {
            StringBuilder description = new StringBuilder(
                            quotation.get("savename").asString())
                    .append(quotation.get("quotationreference").asString())
                    .append(quotation.get("notes").asString());
            quotation
                    .get("lines")
                    .forEach(line -> description.append(line.get("description").asString()));
            withWb.add(description.toString().toUpperCase().contains("WB"));
        }

        assertThat(withWb).hasSizeBetween(3, 4).contains(true, false);
    }

    @Test
    void loading_the_demo_again_starts_it_afresh() {
        demo.postJson("clients", "{\"company\":\"Extra\"}");

        emulator.loadDemoData();

        assertThat(Json.parse(demo.get("clients").body()).size()).isEqualTo(10);
        assertThat(emulator.account(USERNAME)).isPresent();
    }
}
