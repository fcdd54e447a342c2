package nl.simon.integration.pull;

import java.time.Instant;
import java.util.List;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FsProductInfo;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.integration.log.LogEntry;
import nl.simon.integration.log.LogMessage;

/** FactuurSturen products become Simon items (code, name, price, VAT %) in one item group "FactuurSturen" (docs/product.md §3.1). */
public record PulledItem(FsProductInfo product, String hash) implements Reconciliation.Pulled {
    /** The products as one {@link Reconciliation} pulls them: fingerprinted as this record. */
    public static Reconciliation.Kind<PulledItem> kind(
            FactuurSturen factuurSturen, Reconciliation.Table<PulledItem> table) {
        return new Reconciliation.Kind<>(
                "products",
                credentials -> factuurSturen.products(credentials).map(PulledItem::of),
                factuurSturen::countProducts,
                table,
                LogMessage.ITEM_GONE,
                List.of(SimonTable.Item));
    }

    static PulledItem of(FsProductInfo p) {
        return new PulledItem(
                p,
                Reconciliation.Pulled.fingerprint(
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
