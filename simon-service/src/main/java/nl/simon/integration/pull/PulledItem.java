package nl.simon.integration.pull;

import java.time.Instant;
import java.util.List;
import nl.simon.integration.fs.FsProductInfo;
import nl.simon.integration.log.LogEntry;
import nl.simon.integration.log.LogMessage;

/** A FactuurSturen product with the fingerprint of what Simon keeps of it. */
public record PulledItem(FsProductInfo product, String hash) implements Pulled {
    static PulledItem of(FsProductInfo p) {
        return new PulledItem(
                p,
                ContentHash.of(
                        p.code(),
                        p.name(),
                        p.price() == null
                                ? null
                                : p.price().stripTrailingZeros().toPlainString(),
                        p.vatPercentage() == null
                                ? null
                                : p.vatPercentage().stripTrailingZeros().toPlainString()));
    }

    @Override
    public String key() {
        return product.id();
    }

    @Override
    public List<LogEntry> addedRows(Instant at) {
        return List.of(LogEntry.of(at, LogMessage.ITEM_ADDED, key(), label()));
    }

    @Override
    public LogEntry updatedRow(Instant at) {
        return LogEntry.of(at, LogMessage.ITEM_UPDATED, key(), label());
    }

    private String label() {
        return product.code() + " " + product.name();
    }
}
