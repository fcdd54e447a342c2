package nl.simon.integration.push;

import java.util.Optional;
import java.util.function.Function;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FsCredentials;
import nl.simon.item.Items;
import nl.simon.shared.TenantId;

/**
 * The products a draft's lines copy: the item Simon pulled from FactuurSturen (at most one sync
 * interval old), else FactuurSturen itself. Only FS-made items are taken from Simon.
 */
final class ProductPrices implements Function<String, Optional<PricedProduct>> {
    private final TenantId tenant;
    private final Items items;
    private final FactuurSturen factuurSturen;
    private final FsCredentials credentials;

    ProductPrices(TenantId tenant, Items items, FactuurSturen factuurSturen, FsCredentials credentials) {
        this.tenant = tenant;
        this.items = items;
        this.factuurSturen = factuurSturen;
        this.credentials = credentials;
    }

    @Override
    public Optional<PricedProduct> apply(String code) {
        return items.activeByCode(tenant, code)
                .filter(item -> item.fsProductId() != null)
                .map(item -> new PricedProduct(item.code(), item.name(), item.price(), item.vatPercentage()))
                .or(() -> credentials == null
                        ? Optional.empty()
                        : factuurSturen
                                .productByCode(credentials, code)
                                .map(p -> new PricedProduct(p.code(), p.name(), p.price(), p.vatPercentage())));
    }
}
