package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code clients}: docs/factuursturen-api.md §4.1, §1.4 (status codes), §2 (envelopes), §7.1/§7.10 (lenient input). */
class ClientsIT extends AgainstEmulator {

    @Test
    void post_answers_201_with_the_bare_clientnr_as_text() {
        HttpResponse<String> response = http.postJson(
                "clients", "{\"contact\":\"Piet\",\"phone\":\"0612345678\"," + "\"email\":\"piet@example.nl\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("1");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(http.postJson("clients/", "{\"company\":\"Tweede\"}").body()).isEqualTo("2");
    }

    @Test
    void put_changes_only_the_fields_sent_and_answers_200_without_body() {
        http.postJson("clients", "{\"company\":\"Bakkerij\",\"city\":\"Utrecht\",\"top\":\"14\"}");

        HttpResponse<String> response = http.putJson("clients/1", "{\"city\":\"Zeist\",\"active\":false}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(http.get("clients/1").body())
                .contains("\"company\":\"Bakkerij\"", "\"city\":\"Zeist\"", "\"top\":\"14\"", "\"active\":\"false\"");
    }

    @Test
    void delete_answers_200_and_the_client_is_gone() {
        http.postJson("clients", "{\"company\":\"Weg\"}");

        HttpResponse<String> response = http.delete("clients/1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(http.get("clients/1").statusCode()).isEqualTo(404);
        assertThat(http.get("clients").body()).isEqualTo("[]");
        assertThat(http.delete("clients/1").statusCode()).isEqualTo(404);
    }

    @Test
    void unknown_client_is_404_with_a_plain_text_message() {
        HttpResponse<String> response = http.get("clients/99");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("client 99 not found");
        assertThat(http.get("clients/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void bogus_id_quirk_answers_the_whole_list_with_200() {
        http.postJson("clients", "{\"company\":\"Enige\"}");
        emulator.bogusIdReturnsList(true);

        HttpResponse<String> response = http.get("clients/bogus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("[{\"clientnr\":\"1\"");
    }

    @Test
    void booleans_numbers_and_country_names_are_accepted_in_every_written_form() {
        http.postJson(
                "clients",
                "{\"showcontact\":\"0\",\"tax_shifted\":1,\"notes_on_invoice\":\"true\","
                        + "\"active\":false,\"top\":30,\"stddiscount\":\"2.50\",\"country\":\"België\"}");

        assertThat(http.get("clients/1").body())
                .contains(
                        "\"showcontact\":\"false\"",
                        "\"tax_shifted\":\"true\"",
                        "\"notes_on_invoice\":\"true\"",
                        "\"active\":\"false\"",
                        "\"top\":\"30\"",
                        "\"stddiscount\":\"2.5\"",
                        "\"country\":\"18\"");
    }

    @Test
    void invalid_values_are_rejected_with_400_and_a_message_naming_the_field() {
        assertRejected("{\"country\":\"Atlantis\"}", "Unknown country 'Atlantis'");
        assertRejected("{\"sendmethod\":\"fax\"}", "sendmethod must be one of");
        assertRejected("{\"top\":\"dertig\"}", "top must be a number, not 'dertig'");
        assertRejected("{\"active\":\"misschien\"}", "active must be true or false");
        assertRejected("{\"company\":\"" + "x".repeat(51) + "\"}", "company is longer than 50 characters");
        assertRejected("{\"mandate_date\":\"24-11-2015\"}", "mandate_date must be a date as YYYY-MM-DD");
        assertRejected("{\"stddiscount\":\"2,5\"}", "use a dot, not a comma");
        assertRejected("not json", "The body is not valid JSON");
        assertThat(http.get("clients").body()).isEqualTo("[]");
    }

    @Test
    void unknown_fields_are_ignored() {
        HttpResponse<String> response = http.postJson("clients", "{\"company\":\"X\",\"taxshifted\":\"true\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(http.get("clients/1").body())
                .contains("\"tax_shifted\":\"false\"")
                .doesNotContain("taxshifted");
    }

    @Test
    void methods_a_resource_does_not_have_are_405() {
        assertThat(http.putJson("clients", "{}").statusCode()).isEqualTo(405);
        assertThat(http.postJson("invoices_pdf/1", "{}").statusCode()).isEqualTo(405);
    }

    @Test
    void a_path_that_is_not_an_api_resource_is_404() {
        assertThat(http.get("klanten").statusCode()).isEqualTo(404);
        assertThat(http.get("clients/1/extra").statusCode()).isEqualTo(404);
    }

    private void assertRejected(String body, String message) {
        HttpResponse<String> response = http.postJson("clients", body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(response.body()).contains(message);
    }
}
