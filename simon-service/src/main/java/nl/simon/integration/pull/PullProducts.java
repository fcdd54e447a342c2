package nl.simon.integration.pull;

import java.util.List;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.integration.log.LogMessage;

/** FactuurSturen products become Simon items (code, name, price, VAT %) in one item group "FactuurSturen" (docs/product.md §3.1). */
public final class PullProducts {
    private PullProducts() {}

    /** The products as one {@link Reconciliation} pulls them: fingerprinted as {@link PulledItem}. */
    public static Reconciliation.Kind<PulledItem> kind(FactuurSturen factuurSturen, MasterData data) {
        return new Reconciliation.Kind<>(
                "products",
                credentials -> factuurSturen.products(credentials).map(PulledItem::of),
                factuurSturen::countProducts,
                data.items(),
                LogMessage.ITEM_GONE,
                List.of(SimonTable.Item));
    }
}
