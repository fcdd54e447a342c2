package nl.simon.item;

import java.math.BigDecimal;
import java.time.Instant;
import nl.simon.shared.Origin;

/** An article: something used on a work order and invoiced. */
public record Item(
        ItemId id,
        ItemGroupId group,
        String code,
        String name,
        BigDecimal price,
        BigDecimal vatPercentage,
        String fsProductId,
        Origin origin,
        boolean active,
        Instant changedAt) {}
