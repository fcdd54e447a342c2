package nl.simon.factuursturen.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The points where the emulator had to guess or decide (the spec's open points and the project's
 * decisions, listed in factuursturen-emulator/EMULATOR.md, "Checking against the real service"), each
 * pinned as the emulator answers them, over plain HTTP. In the default build they run against the emulator;
 * {@code -Preal-fs} runs them unchanged against a real account, so a red test there names a wrong guess.
 * Every record made here carries the test's prefix and is removed afterwards.
 */
class EmulatorAssumptionsIT {
    private static final String UNKNOWN_ID = "987654321";

    static FsUnderTest fs;

    FsTestAccount account;
    FsHttp http;

    @BeforeAll
    static void start() {
        fs = FsUnderTest.start();
    }

    @AfterAll
    static void stop() {
        fs.close();
    }

    @BeforeEach
    void account() {
        account = fs.account(100_000);
        http = account.http();
    }

    @AfterEach
    void cleanUp() {
        account.close();
    }

    /** Spec §1.6, §10.3: the default page size is unknown; the emulator answers 100 rows, and all with -1. */
    @Test
    void a_list_without_count_answers_100_rows_and_count_minus_one_answers_all() {
        for (long n = account.count("clients"); n < 101; n++) {
            account.create("clients", Map.of("company", account.name("Klant " + n)));
        }
        long all = account.count("clients");

        assertThat(ok(http.get("clients")).size()).isEqualTo(100);
        assertThat(ok(http.get("clients?count=-1")).size()).isEqualTo(all);
    }

    /** Spec §1.6, §10.3: whether count/start page clients, products, saved invoices and search results. */
    @Test
    void count_and_start_page_every_list_the_client_reads() {
        String nr = null;
        for (int n = 1; n <= 3; n++) {
            nr = account.create("clients", Map.of("company", account.name("Pagina " + n)));
            account.create(
                    "products",
                    Map.of(
                            "code",
                            account.code("P" + n),
                            "name",
                            account.name("Product " + n),
                            "price",
                            "10",
                            "taxes",
                            "21"));
        }
        for (int n = 1; n <= 3; n++) {
            saveDraft(nr, account.name("Pagina " + n));
        }

        for (String list :
                List.of("clients", "products", "invoices_saved", "search/clients/company/" + account.prefix())) {
            JsonNode first = ok(http.get(list + "?count=2&start=0"));
            JsonNode second = ok(http.get(list + "?count=2&start=1"));
            assertThat(first.size()).as(list).isEqualTo(2);
            assertThat(second.get(0)).as(list).isEqualTo(first.get(1));
        }
    }

    /** Spec §1.6 (disagreement): one client library pages with offset; the emulator ignores it. */
    @Test
    void offset_is_not_an_alias_of_start() {
        account.create("clients", Map.of("company", account.name("Een")));
        account.create("clients", Map.of("company", account.name("Twee")));

        assertThat(ok(http.get("clients?count=1&offset=1"))).isEqualTo(ok(http.get("clients?count=1")));
    }

    /** Spec §4.4, §10.6: the answer to a save is unknown; the emulator answers 201 with the draft's id as text. */
    @Test
    void saving_a_draft_answers_201_with_the_drafts_id_as_bare_text() {
        String nr = account.create("clients", Map.of("company", account.name("Garage")));

        FsHttp.Answer answer = http.post("invoices", draft(nr, account.name("Opslaan")));
        String id = account.remember("invoices_saved", answer.body().strip());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(id).matches("\\d+");
        assertThat(ok(http.get("invoices_saved/" + id))
                        .path("invoice")
                        .path("name")
                        .asString())
                .isEqualTo(account.name("Opslaan"));
    }

    /** Spec §2, §10.10 (disagreement): a saved invoice is wrapped in "invoice", not "invoices_saved". */
    @Test
    void a_saved_invoice_is_wrapped_in_invoice() {
        String nr = account.create("clients", Map.of("company", account.name("Garage")));
        String id = saveDraft(nr, account.name("Verpakt"));

        JsonNode single = ok(http.get("invoices_saved/" + id));

        assertThat(fieldNames(single)).containsExactly("invoice");
        assertThat(single.path("invoice").path("id").asString()).isEqualTo(id);
    }

    /** Our decision: savenames are unique ignoring case (the stricter reading); 400 naming the savename. */
    @Test
    void a_savename_that_differs_only_in_case_is_taken() {
        String nr = account.create("clients", Map.of("company", account.name("Garage")));
        saveDraft(nr, account.name("Hoofdletters"));

        FsHttp.Answer again =
                http.post("invoices", draft(nr, account.name("HOOFDLETTERS").toLowerCase(Locale.ROOT)));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).containsIgnoringCase("savename");
    }

    /** Spec §4.14 and our decision: search matches part of a value, ignoring case. */
    @Test
    void search_matches_part_of_a_value_ignoring_case() {
        String nr = account.create("clients", Map.of("company", account.name("Bakkerij Zoekmans")));
        saveDraft(nr, account.name("Zoek Concept"));

        JsonNode clients = ok(
                http.get("search/clients/company/" + account.prefix().toLowerCase(Locale.ROOT) + "%20bakkerij%20zoek"));
        JsonNode drafts = ok(http.get("search/invoices_saved/name/" + "ZOEK%20CONCEPT"));

        assertThat(values(clients, "clientnr")).containsExactly(nr);
        assertThat(values(drafts, "name")).contains(account.name("Zoek Concept"));
    }

    /** Spec §1.4, §10.1 and our decision: a validation error is 400 with a short plain-text reason. */
    @Test
    void a_validation_error_is_400_with_a_plain_text_reason() {
        FsHttp.Answer answer = http.post("invoices", draft(UNKNOWN_ID, account.name("Geen klant")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).isNotBlank();
        assertThat(answer.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    }

    /** Spec §1.4, §7.7, §10.11: an unknown id was once seen answered with the whole list; the emulator says 404. */
    @Test
    void an_unknown_id_is_404() {
        assertThat(http.get("clients/" + UNKNOWN_ID).status()).isEqualTo(404);
        assertThat(http.get("products/" + UNKNOWN_ID).status()).isEqualTo(404);
        assertThat(http.get("invoices_saved/" + UNKNOWN_ID).status()).isEqualTo(404);
    }

    /** Spec §1.5 and issue 18: X-RateLimit-Remaining on every answer (401 and 404 too), one less per call. */
    @Test
    void every_answer_carries_the_remaining_calls_one_less_per_call() {
        int first = remaining(http.get("clients?count=1"));
        int second = remaining(http.get("clients?count=1"));
        FsHttp.Answer notFound = http.get("clients/" + UNKNOWN_ID);
        FsHttp.Answer unauthorized =
                new FsHttp(account.baseUrl(), account.username(), "wrong-key").get("clients?count=1");

        assertThat(second).isEqualTo(first - 1);
        assertThat(remaining(notFound)).isLessThan(second);
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.header("X-RateLimit-Remaining")).isPresent();
    }

    /** Spec §1.5, §10.2: no X-RateLimit-Limit, reset time or Retry-After is documented; the emulator sends none. */
    @Test
    void the_only_rate_limit_header_is_the_remaining_calls() {
        FsHttp.Answer answer = http.get("clients?count=1");

        assertThat(answer.headers().map().keySet())
                .filteredOn(name -> name.toLowerCase(Locale.ROOT).startsWith("x-ratelimit"))
                .extracting(name -> name.toLowerCase(Locale.ROOT))
                .containsExactly("x-ratelimit-remaining");
        assertThat(answer.header("Retry-After")).isEmpty();
    }

    /** Spec §4.15, §10.8: GET balance exists, its shape is unknown; the emulator answers {"balance":"0.00"}. */
    @Test
    void balance_is_an_object_with_the_balance_as_a_money_string() {
        JsonNode balance = ok(http.get("balance"));

        assertThat(fieldNames(balance)).containsExactly("balance");
        assertThat(balance.get("balance").isString()).isTrue();
        assertThat(balance.get("balance").asString()).matches("-?\\d+\\.\\d{2}");
    }

    /** Spec §10.7 and our decision: a quotation is made with POST quotations (201, bare id) and read wrapped. */
    @Test
    void a_quotation_is_created_with_post_and_read_wrapped_in_quotation() {
        String nr = account.create("clients", Map.of("company", account.name("Camping")));

        FsHttp.Answer answer = http.post(
                "quotations",
                Map.of(
                        "action",
                        "save",
                        "savename",
                        account.name("Offerte"),
                        "clientnr",
                        nr,
                        "lines",
                        List.of(Map.of("description", "x"))));
        String id = account.remember("quotations", answer.body().strip());

        assertThat(answer.status()).isEqualTo(201);
        JsonNode single = ok(http.get("quotations/" + id));
        assertThat(fieldNames(single)).containsExactly("quotation");
        assertThat(single.path("quotation").path("savename").asString()).isEqualTo(account.name("Offerte"));
    }

    /** Issue 18: a client app POSTs new clients to clients/undefined; the emulator creates the client. */
    @Test
    void a_post_under_any_trailing_segment_creates_a_client() {
        FsHttp.Answer answer = http.post("clients/undefined", Map.of("company", account.name("Undefined BV")));
        String nr = account.remember("clients", answer.body().strip());

        assertThat(answer.status()).isEqualTo(201);
        assertThat(ok(http.get("clients/" + nr)).path("client").path("company").asString())
                .isEqualTo(account.name("Undefined BV"));
    }

    /** Spec §2, §3, §7: single records wrapped in their singular name, top-level values as strings, "" for no date. */
    @Test
    void a_single_client_and_product_are_wrapped_and_string_typed() {
        String nr = account.create("clients", Map.of("company", account.name("Snaren"), "active", "true"));
        String id = account.create(
                "products",
                Map.of("code", account.code("S1"), "name", account.name("Snaar"), "price", "12.5", "taxes", "21"));

        JsonNode client = ok(http.get("clients/" + nr));
        JsonNode product = ok(http.get("products/" + id));

        assertThat(fieldNames(client)).containsExactly("client");
        assertThat(fieldNames(product)).containsExactly("product");
        JsonNode c = client.get("client");
        assertThat(c.get("clientnr").isString()).isTrue();
        assertThat(c.get("clientnr").asString()).isEqualTo(nr);
        assertThat(c.get("active").asString()).isEqualTo("true");
        assertThat(c.get("top").isString()).isTrue();
        assertThat(c.get("lastinvoice").asString()).isEmpty();
        JsonNode p = product.get("product");
        assertThat(p.get("id").isString()).isTrue();
        assertThat(p.get("taxes").isString()).isTrue();
        assertThat(p.get("price").isString()).isTrue();
    }

    /** Spec §2 ("PUT the full object") against our reading: a PUT changes only the fields sent. */
    @Test
    void a_put_changes_only_the_fields_sent() {
        String nr = account.create("clients", Map.of("company", account.name("Verhuizers"), "city", "Utrecht"));

        FsHttp.Answer put = http.send("PUT", "clients/" + nr, "{\"city\":\"Zwolle\"}");

        assertThat(put.status()).isEqualTo(200);
        JsonNode client = ok(http.get("clients/" + nr)).get("client");
        assertThat(client.get("city").asString()).isEqualTo("Zwolle");
        assertThat(client.get("company").asString()).isEqualTo(account.name("Verhuizers"));
    }

    /** Spec §4.11, §10.10: the wire types of GET taxes are unknown; the emulator sends strings. */
    @Test
    void taxes_are_listed_with_string_values() {
        JsonNode taxes = ok(http.get("taxes"));

        assertThat(taxes.size()).isPositive();
        taxes.forEach(tax -> {
            assertThat(tax.get("percentage").isString()).as(tax.toString()).isTrue();
            assertThat(tax.get("type").asString()).as(tax.toString()).isIn("H", "L", "Z", "N");
        });
    }

    /** Spec §4: a trailing slash on a collection is tolerated. */
    @Test
    void a_trailing_slash_is_tolerated() {
        assertThat(ok(http.get("clients/?count=1")).isArray()).isTrue();
    }

    private String saveDraft(String clientnr, String savename) {
        return account.remember("invoices_saved", http.create("invoices", draft(clientnr, savename)));
    }

    private static Map<String, Object> draft(String clientnr, String savename) {
        return Map.of(
                "action",
                "save",
                "savename",
                savename,
                "clientnr",
                clientnr,
                "lines",
                List.of(Map.of("description", "x")));
    }

    private static JsonNode ok(FsHttp.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static int remaining(FsHttp.Answer answer) {
        return Integer.parseInt(
                answer.header("X-RateLimit-Remaining").orElseThrow().strip());
    }

    private static List<String> fieldNames(JsonNode object) {
        return object.propertyNames().stream().toList();
    }

    private static List<String> values(JsonNode list, String field) {
        return StreamSupport.stream(list.spliterator(), false)
                .map(row -> row.path(field).asString())
                .toList();
    }
}
