package nl.simon.factuursturen.emulator.api;

import java.util.List;
import nl.simon.factuursturen.emulator.wire.Row;
import nl.simon.factuursturen.emulator.wire.RowWriter;
import nl.simon.factuursturen.emulator.wire.WireJson;

/** The two read shapes (docs/factuursturen-api.md §2): a bare JSON array of flat objects, and one object in its singular key. */
final class Listing {

    private Listing() {}

    static Answer rows(List<Row> rows) {
        int expectedSize = (int) Math.min(64L * 1024 * 1024, 1024L + 800L * rows.size());
        return new Answer.Json(200, WireJson.write(expectedSize, out -> RowWriter.writeList(out, rows)));
    }

    static Answer wrapped(Row row) {
        return new Answer.Json(200, WireJson.write(out -> RowWriter.writeWrapped(out, row)));
    }

    static long idOf(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
