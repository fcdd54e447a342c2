package nl.simon.integration.lifecycle;

import java.time.Instant;

/** The first import after an activation: records done of total (docs/product.md §7.4), and when it ran. */
public record ImportProgress(long done, long total, Instant startedAt, Instant finishedAt) {
    public static final ImportProgress NONE = new ImportProgress(0, 0, null, null);

    public boolean finished() {
        return finishedAt != null;
    }
}
