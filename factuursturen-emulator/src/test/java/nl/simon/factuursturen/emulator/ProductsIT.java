package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code products}: docs/factuursturen-api.md §4.2, §6 (VAT rates of the account, 3 decimals). */
class ProductsIT extends AgainstEmulator {

    @Test
    void post_answers_the_new_id_and_computes_priceintax() {
        HttpResponse<String> response = http.postJson(
                "products", "{\"code\":\"0002\",\"name\":\"Werktijd\"," + "\"price\":\"62.50\",\"taxes\":21}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("1");
        assertThat(http.get("products/1").body())
                .isEqualTo(
                        "{\"product\":{\"id\":\"1\",\"code\":\"0002\","
                                + "\"name\":\"Werktijd\",\"price\":\"62.5\",\"taxes\":\"21\",\"priceintax\":\"75.625\",\"notes\":\"\"}}");
    }

    @Test
    void only_priceintax_given_computes_the_price() {
        http.postJson("products", "{\"name\":\"Boek\",\"priceintax\":\"10.90\",\"taxes\":\"9\"}");

        assertThat(http.get("products/1").body())
                .contains("\"price\":\"10\"", "\"taxes\":\"9\"", "\"priceintax\":\"10.9\"");
    }

    @Test
    void put_with_only_a_new_price_recomputes_priceintax() {
        http.postJson("products", "{\"name\":\"Werktijd\",\"price\":\"60\",\"taxes\":\"21\"}");

        HttpResponse<String> response = http.putJson("products/1", "{\"price\":100}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(http.get("products/1").body())
                .contains("\"name\":\"Werktijd\"", "\"price\":\"100\"", "\"priceintax\":\"121\"");
    }

    @Test
    void a_rate_the_account_does_not_have_is_rejected() {
        HttpResponse<String> response = http.postJson("products", "{\"name\":\"Oud\",\"price\":1,\"taxes\":19}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("taxes 19 is not a VAT rate of this account");
    }

    @Test
    void missing_name_or_price_and_too_many_decimals_are_rejected() {
        assertThat(http.postJson("products", "{\"price\":1}").body()).isEqualTo("name is required");
        assertThat(http.postJson("products", "{\"name\":\"Gratis\"}").body()).isEqualTo("price is required");
        HttpResponse<String> decimals = http.postJson("products", "{\"name\":\"Fijn\",\"price\":\"1.2345\"}");
        assertThat(decimals.statusCode()).isEqualTo(400);
        assertThat(decimals.body()).isEqualTo("price has more than 3 decimals");
        assertThat(http.get("products").body()).isEqualTo("[]");
    }

    @Test
    void delete_removes_the_product() {
        http.postJson("products", "{\"name\":\"Weg\",\"price\":1}");

        assertThat(http.delete("products/1").statusCode()).isEqualTo(200);
        assertThat(http.get("products/1").statusCode()).isEqualTo(404);
    }
}
