package nl.simon.workorder;

import java.math.BigDecimal;
import nl.simon.item.ItemId;

/** An item used on a work order, with the item's code, name, price and VAT as they are now. */
public record UsedItem(
        long id,
        ItemId itemId,
        String code,
        String name,
        BigDecimal price,
        BigDecimal vatPercentage,
        BigDecimal quantity) {}
