package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Request encodings used in the wild (docs/factuursturen-api.md §1.3, §4.5, §7.4, §7.10, §7.12). */
class FormBodiesIT extends AgainstEmulator {

    @BeforeEach
    void oneClient() {
        http.postJson("clients", "{\"company\":\"Bakkerij\"}");
    }

    @Test
    void form_encoded_invoice_with_bracket_notation_is_accepted() {
        HttpResponse<String> response = http.postForm(
                "invoices",
                "clientnr=1&action=save&savename=WO+7"
                        + "&reference%5Bline1%5D=Dorpsstraat+1&reference[line2]=Lekkage"
                        + "&lines[0][amount]=2&lines[0][description]=Werktijd&lines[0][price]=62.50&lines[0][tax_rate]=21"
                        + "&lines[1][description]=Alleen+tekst&overwrite_if_exist=0");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(http.get("invoices_saved/1").body())
                .contains(
                        "\"name\":\"WO 7\"",
                        "\"reference\":{\"line1\":\"Dorpsstraat 1\",\"line2\":\"Lekkage\",\"line3\":\"\"}",
                        "\"line1\":{\"amount\":2,\"amount_desc\":\"\",\"description\":\"Werktijd\",\"tax_rate\":21,\"price\":62.5",
                        "\"line2\":{\"amount\":0,\"amount_desc\":\"\",\"description\":\"Alleen tekst\"",
                        "\"totalintax\":\"151.25\"");
    }

    @Test
    void form_lines_appended_with_empty_brackets_keep_their_order() {
        http.postForm(
                "invoices", "clientnr=1&action=save&savename=A&lines[][description]=een&lines[][description]=twee");

        assertThat(http.get("invoices_saved/1").body())
                .contains(
                        "\"line1\":{\"amount\":0,\"amount_desc\":\"\"," + "\"description\":\"een\"",
                        "\"line2\":{\"amount\":0,\"amount_desc\":\"\",\"description\":\"twee\"");
    }

    @Test
    void lines_may_be_an_object_with_any_keys_and_numbers_may_be_strings() {
        http.postJson(
                "invoices",
                "{\"clientnr\":\"1\",\"action\":\"save\",\"savename\":\"B\",\"lines\":"
                        + "{\"line01\":{\"amount\":\"1.5\",\"price\":\"10\",\"tax_rate\":\"9\"},\"line02\":{\"amount\":1,"
                        + "\"price\":-5,\"tax_rate\":9}}}");

        assertThat(http.get("invoices_saved/1").body())
                .contains(
                        "\"line1\":{\"amount\":1.5,",
                        "\"linetotal\":15}",
                        "\"line2\":{\"amount\":1,",
                        "\"price\":-5,",
                        "\"totalintax\":\"10.90\"");
    }

    @Test
    void overwrite_flag_is_read_as_true_from_true_string_true_and_1() {
        http.postJson("invoices", "{\"clientnr\":1,\"action\":\"save\",\"savename\":\"C\"}");

        for (String flag : new String[] {"true", "\"true\"", "\"1\"", "1"}) {
            HttpResponse<String> response = http.postJson(
                    "invoices",
                    "{\"clientnr\":1,\"action\":\"save\"," + "\"savename\":\"C\",\"overwrite_if_exist\":" + flag + "}");
            assertThat(response.statusCode()).as(flag).isEqualTo(201);
        }
        for (String flag : new String[] {"false", "\"0\""}) {
            HttpResponse<String> response = http.postJson(
                    "invoices",
                    "{\"clientnr\":1,\"action\":\"save\"," + "\"savename\":\"C\",\"overwrite_if_exist\":" + flag + "}");
            assertThat(response.statusCode()).as(flag).isEqualTo(400);
        }
    }

    @Test
    void body_without_content_type_is_read_by_its_first_character() {
        HttpResponse<String> json = RawHttp.send(
                http.request("clients").POST(HttpRequest.BodyPublishers.ofString("{\"company\":\"Json\"}")));
        HttpResponse<String> form =
                RawHttp.send(http.request("clients").POST(HttpRequest.BodyPublishers.ofString("company=Form")));

        assertThat(json.statusCode()).isEqualTo(201);
        assertThat(form.statusCode()).isEqualTo(201);
        assertThat(Json.ids(http.get("clients").body(), "company")).containsExactly("Bakkerij", "Json", "Form");
    }

    @Test
    void multipart_bodies_are_refused_with_415() {
        HttpResponse<String> response = RawHttp.send(http.request("clients")
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--")));

        assertThat(response.statusCode()).isEqualTo(415);
    }
}
