package nl.simon.benchmarks;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of measured values (e.g. latencies in ms). */
final class Percentiles {
    private final long[] sorted;

    Percentiles(Collection<Long> values) {
        this.sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    int count() {
        return sorted.length;
    }

    /** The smallest value with at least {@code p} percent of all values at or below it. */
    long at(double p) {
        if (sorted.length == 0) {
            throw new IllegalStateException("no values");
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    long max() {
        return at(100);
    }

    @Override
    public String toString() {
        return Arrays.toString(sorted);
    }
}
