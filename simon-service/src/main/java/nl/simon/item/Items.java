package nl.simon.item;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.simon.shared.Origin;
import nl.simon.shared.TenantId;

public interface Items {
    Item add(
            TenantId tenant,
            ItemGroupId group,
            String code,
            String name,
            BigDecimal price,
            BigDecimal vat,
            String fsProductId,
            Origin origin);

    Optional<Item> byId(TenantId tenant, ItemId id);

    /** The active item with this code; one pulled from FactuurSturen first. */
    Optional<Item> activeByCode(TenantId tenant, String code);

    /** The active item with this name (ignoring case); one pulled from FactuurSturen first. */
    Optional<Item> activeByName(TenantId tenant, String name);

    /** Items whose code or name contains {@code query} (all when null), ordered by code. */
    List<Item> search(TenantId tenant, String query, boolean activeOnly, int limit, int offset);

    /** How many items {@link #search} finds in all. */
    long count(TenantId tenant, String query, boolean activeOnly);
}
