package nl.simon.item;

import java.util.List;
import java.util.Optional;
import nl.simon.shared.TenantId;

public interface ItemGroups {
    /** The group with this name, made when it does not exist yet. */
    ItemGroup named(TenantId tenant, String name);

    Optional<ItemGroup> byId(TenantId tenant, ItemGroupId id);

    List<ItemGroup> all(TenantId tenant);
}
