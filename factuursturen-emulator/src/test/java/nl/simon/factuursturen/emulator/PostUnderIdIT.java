package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 1: {@code POST clients/{anything}} and {@code POST products/{anything}} create the record
 * like {@code POST clients}, ignoring the trailing segment (a TypeScript app posts to
 * {@code clients/undefined} in production and reads the returned id).
 */
class PostUnderIdIT extends AgainstEmulator {

    @Test
    void post_clients_undefined_creates_a_client_and_answers_its_id() {
        http.postJson("clients", "{\"company\":\"Eerste\"}");

        HttpResponse<String> response = http.postJson("clients/undefined", "{\"company\":\"Tweede\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("2");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(http.get("clients/2").body()).contains("\"company\":\"Tweede\"");
        assertThat(http.postJson("clients/1", "{\"company\":\"Derde\"}").body()).isEqualTo("3");
        assertThat(http.get("clients/1").body()).contains("\"company\":\"Eerste\"");
        assertThat(account.count("clients")).isEqualTo(3);
    }

    @Test
    void post_products_anything_creates_a_product_with_the_same_validation() {
        HttpResponse<String> response = http.postJson("products/undefined", "{\"name\":\"Uur\",\"price\":\"45\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("1");
        assertThat(http.get("products/1").body()).contains("\"name\":\"Uur\"");
        assertThat(http.postJson("products/x", "{\"price\":\"45\"}").statusCode())
                .isEqualTo(400);
        assertThat(account.count("products")).isEqualTo(1);
    }

    @Test
    void other_resources_still_refuse_post_on_an_item() {
        assertThat(http.postJson("quotations/undefined", "{}").statusCode()).isEqualTo(405);
        assertThat(http.postJson("clients/1/extra", "{}").statusCode()).isEqualTo(404);
    }
}
