package nl.simon.item;

import java.math.BigDecimal;

/** What an office user types to add an item by hand; {@code itemGroupId} may be absent. */
public record NewItem(String code, String name, BigDecimal price, BigDecimal vatPercentage, Long itemGroupId) {}
