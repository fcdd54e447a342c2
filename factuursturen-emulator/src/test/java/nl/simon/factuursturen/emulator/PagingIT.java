package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code count} / {@code start} on every list (docs/factuursturen-api.md §1.6 and the decision: 100 rows by default, -1 for all). */
class PagingIT extends AgainstEmulator {

    @BeforeEach
    void manyClients() {
        createClients(250);
    }

    @Test
    void list_without_count_answers_the_first_100_rows() {
        assertThat(clientnrs("clients")).isEqualTo(range(1, 100));
    }

    @Test
    void count_and_start_cut_a_page_and_a_short_page_is_the_last() {
        assertThat(clientnrs("clients?count=100&start=100")).isEqualTo(range(101, 200));
        assertThat(clientnrs("clients?start=200&count=100")).isEqualTo(range(201, 250));
        assertThat(clientnrs("clients?start=250&count=100")).isEmpty();
    }

    @Test
    void count_minus_one_answers_all_rows() {
        assertThat(clientnrs("clients?count=-1")).hasSize(250);
        assertThat(clientnrs("clients?count=-1&start=240")).isEqualTo(range(241, 250));
    }

    @Test
    void offset_is_not_an_alias_of_start() {
        assertThat(clientnrs("clients?count=5&offset=100")).isEqualTo(range(1, 5));
    }

    @Test
    void paging_sees_rows_added_and_removed_between_pages() {
        assertThat(clientnrs("clients?count=2&start=248")).isEqualTo(range(249, 250));
        http.delete("clients/1");
        http.postJson("clients", "{}");

        assertThat(clientnrs("clients?count=2&start=248")).containsExactly("250", "251");
    }

    @Test
    void bad_paging_values_are_rejected() {
        assertThat(http.get("clients?count=veel").statusCode()).isEqualTo(400);
        assertThat(http.get("clients?count=-2").statusCode()).isEqualTo(400);
        assertThat(http.get("clients?start=-1").body()).isEqualTo("start must not be negative");
    }

    @Test
    void paging_applies_to_products_quotations_and_drafts_too() {
        for (int i = 1; i <= 3; i++) {
            account.create("products", Map.of("name", "P" + i, "price", i));
        }

        assertThat(Json.ids(http.get("products?count=2&start=1").body(), "id")).containsExactly("2", "3");
    }

    private List<String> clientnrs(String path) {
        return Json.ids(http.get(path).body(), "clientnr");
    }

    private static List<String> range(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(Integer::toString).toList();
    }
}
