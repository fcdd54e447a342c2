package nl.simon.integration.push;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.simon.item.Item;
import nl.simon.item.ItemGroupId;
import nl.simon.item.ItemId;
import nl.simon.item.Items;
import nl.simon.shared.Origin;
import nl.simon.shared.TenantId;

/** Items pulled from FactuurSturen, by code. */
final class InMemoryItems implements Items {
    private final Map<String, Item> byCode = new HashMap<>();

    void clear() {
        byCode.clear();
    }

    void add(String code, String name, String price) {
        byCode.put(
                code,
                new Item(
                        new ItemId(byCode.size() + 1),
                        new ItemGroupId(1),
                        code,
                        name,
                        new BigDecimal(price),
                        new BigDecimal("21"),
                        "fs-" + code,
                        Origin.FACTUURSTUREN,
                        true,
                        InMemoryPush.NOW));
    }

    @Override
    public Optional<Item> activeByCode(TenantId tenant, String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public Item add(
            TenantId tenant,
            ItemGroupId group,
            String code,
            String name,
            BigDecimal price,
            BigDecimal vat,
            String fsProductId,
            Origin origin) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Item> byId(TenantId tenant, ItemId id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Item> activeByName(TenantId tenant, String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Item> search(TenantId tenant, String query, boolean activeOnly, int limit, int offset) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long count(TenantId tenant, String query, boolean activeOnly) {
        throw new UnsupportedOperationException();
    }
}
