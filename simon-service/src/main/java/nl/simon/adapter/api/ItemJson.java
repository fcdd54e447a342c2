package nl.simon.adapter.api;

import java.math.BigDecimal;
import java.time.Instant;
import nl.simon.item.Item;
import nl.simon.shared.Origin;

record ItemJson(
        long id,
        String code,
        String name,
        BigDecimal price,
        BigDecimal vatPercentage,
        String fsProductId,
        Origin origin,
        boolean active,
        long itemGroupId,
        Instant changedAt) {

    static ItemJson of(Item item) {
        return new ItemJson(
                item.id().value(),
                item.code(),
                item.name(),
                Money.of(item.price()),
                item.vatPercentage(),
                item.fsProductId(),
                item.origin(),
                item.active(),
                item.group().value(),
                item.changedAt());
    }
}
