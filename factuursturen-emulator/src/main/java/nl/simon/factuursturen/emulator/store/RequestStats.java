package nl.simon.factuursturen.emulator.store;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Request counts per {@code "METHOD path"} (path under {@code /api/v1/}, no query, no trailing slash). */
public final class RequestStats {

    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();

    public void record(String method, String path) {
        counts.computeIfAbsent(method + " " + path, key -> new LongAdder()).increment();
        total.increment();
    }

    public long total() {
        return total.sum();
    }

    public Map<String, Long> counts() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count.sum()));
        return sorted;
    }

    public void clear() {
        counts.clear();
        total.reset();
    }
}
