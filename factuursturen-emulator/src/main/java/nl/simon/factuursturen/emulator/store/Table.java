package nl.simon.factuursturen.emulator.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import nl.simon.factuursturen.emulator.wire.Row;

/**
 * The rows of one resource of one account, sorted by id. Reads are lock-free; writes happen under the
 * account's write lock. A page is cut from a sorted snapshot that is rebuilt only after a change, so
 * paging through 100,000 rows does not walk or copy them per request. An optional unique key (e.g. the
 * saved invoice {@code name}) is indexed case-insensitively.
 */
public final class Table {

    private final ConcurrentSkipListMap<Long, Row> rows = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<String, Long> uniqueIndex = new ConcurrentHashMap<>();
    private final String uniqueField;
    private volatile long version;
    private volatile Snapshot snapshot = new Snapshot(0, new Row[0]);
    private long lastId;

    private record Snapshot(long version, Row[] rows) {}

    public Table(String uniqueField) {
        this.uniqueField = uniqueField;
    }

    public static Table withoutUniqueKey() {
        return new Table(null);
    }

    public Optional<Row> get(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    public Optional<Row> findUnique(String key) {
        Long id = uniqueIndex.get(normalize(key));
        return id == null ? Optional.empty() : get(id);
    }

    public int size() {
        return rows.size();
    }

    public Stream<Row> stream() {
        return rows.values().stream();
    }

    /** Rows {@code start..start+count} in id order; {@code count < 0} means all from {@code start}. */
    public List<Row> page(int start, int count) {
        Row[] sorted = sorted();
        int from = Math.min(start, sorted.length);
        int to = count < 0 ? sorted.length : (int) Math.min((long) from + count, sorted.length);
        return Arrays.asList(sorted).subList(from, to);
    }

    // --- writes: callers hold the account's write lock ---

    public long nextId() {
        return ++lastId;
    }

    /** The highest id handed out so far (ids are never reused, even after a removal). */
    long lastId() {
        return lastId;
    }

    /** After a restore from a file: ids continue after the highest one ever handed out. */
    void continueAfter(long id) {
        lastId = Math.max(lastId, id);
    }

    public void put(Row row) {
        lastId = Math.max(lastId, row.id());
        Row previous = rows.put(row.id(), row);
        unindex(previous);
        if (uniqueField != null && !row.text(uniqueField).isEmpty()) {
            uniqueIndex.put(normalize(row.text(uniqueField)), row.id());
        }
        version++;
    }

    public Optional<Row> remove(long id) {
        Row removed = rows.remove(id);
        unindex(removed);
        version++;
        return Optional.ofNullable(removed);
    }

    private void unindex(Row row) {
        if (row != null && uniqueField != null) {
            uniqueIndex.remove(normalize(row.text(uniqueField)), row.id());
        }
    }

    private Row[] sorted() {
        long current = version;
        Snapshot cached = snapshot;
        if (cached.version() == current) {
            return cached.rows();
        }
        Row[] fresh = rows.values().toArray(new Row[0]);
        snapshot = new Snapshot(current, fresh);
        return fresh;
    }

    private static String normalize(String key) {
        return key.trim().toLowerCase(Locale.ROOT);
    }
}
