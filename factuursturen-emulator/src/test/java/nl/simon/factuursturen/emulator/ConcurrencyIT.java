package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Many clients at once: ids stay distinct, unique names stay unique (thread-safe store). */
class ConcurrencyIT extends AgainstEmulator {

    private static final int THREADS = 8;

    @Test
    void concurrent_creates_get_distinct_consecutive_ids() throws Exception {
        List<String> ids = inParallel(
                400,
                i -> http.postJson("clients", "{\"company\":\"Klant " + i + "\"}")
                        .body());

        assertThat(ids).doesNotHaveDuplicates().hasSize(400);
        assertThat(ids.stream().map(Integer::valueOf).sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, 400).boxed().toList());
        assertThat(Json.ids(http.get("clients?count=-1").body(), "clientnr")).hasSize(400);
    }

    @Test
    void concurrent_saves_with_one_savename_store_exactly_one_draft() throws Exception {
        http.postJson("clients", "{}");

        List<String> statuses = inParallel(
                40,
                i -> Integer.toString(
                        http.postJson("invoices", "{\"clientnr\":1,\"action\":\"save\",\"savename\":\"WO-42\"}")
                                .statusCode()));

        assertThat(statuses)
                .containsOnlyOnce("201")
                .filteredOn(status -> !status.equals("201"))
                .containsOnly("400");
        assertThat(account.count("invoices_saved")).isEqualTo(1);
    }

    @Test
    void concurrent_sends_get_distinct_invoice_numbers() throws Exception {
        http.postJson("clients", "{}");

        List<String> numbers = inParallel(80, i -> {
            HttpResponse<String> response =
                    http.postJson("invoices", "{\"clientnr\":1,\"action\":\"send\",\"sendmethod\":\"mail\"}");
            return response.body();
        });

        assertThat(numbers).doesNotHaveDuplicates().allMatch(number -> number.matches("F2025\\d{4}"));
        assertThat(numbers).contains("F20250001", "F20250080");
    }

    private interface Request {
        String call(int index);
    }

    private static List<String> inParallel(int count, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(() -> request.call(index));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> result : pool.invokeAll(calls)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
