package nl.simon.factuursturen.emulator.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.simon.factuursturen.emulator.request.ApiFailure;

/**
 * {@code count} and {@code start} of a list call (docs/factuursturen-api.md §1.6 and decisions): 100 rows when {@code count} is
 * absent, {@code count=-1} for all, {@code start} is the offset. {@code offset} is not an alias.
 */
public record Paging(int start, int count) {

    public static final int DEFAULT_COUNT = 100;

    public static Paging from(Map<String, String> query) {
        int count = number(query, "count", DEFAULT_COUNT);
        int start = number(query, "start", 0);
        if (count < -1) {
            throw ApiFailure.rejected("count must be -1 (all) or a number of rows");
        }
        if (start < 0) {
            throw ApiFailure.rejected("start must not be negative");
        }
        return new Paging(start, count);
    }

    public <T> List<T> apply(Stream<T> rows) {
        Stream<T> skipped = rows.skip(start);
        return (count < 0 ? skipped : skipped.limit(count)).toList();
    }

    private static int number(Map<String, String> query, String name, int fallback) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiFailure.rejected(name + " must be a number, not '" + value + "'");
        }
    }
}
