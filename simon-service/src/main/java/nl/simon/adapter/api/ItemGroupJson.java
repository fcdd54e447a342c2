package nl.simon.adapter.api;

import java.time.Instant;
import nl.simon.item.ItemGroup;

record ItemGroupJson(long id, String name, Instant changedAt) {
    static ItemGroupJson of(ItemGroup group) {
        return new ItemGroupJson(group.id().value(), group.name(), group.changedAt());
    }
}
