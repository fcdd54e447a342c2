package nl.simon.item;

import java.math.BigDecimal;
import nl.simon.shared.Input;
import nl.simon.shared.InvalidInputException;
import nl.simon.shared.Origin;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/** Adds an item by hand (origin SIMON), in the named group or the default group. */
public final class CreateItem {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Items items;
    private final ItemGroups groups;
    private final Transactions transactions;

    public CreateItem(Items items, ItemGroups groups, Transactions transactions) {
        this.items = items;
        this.groups = groups;
        this.transactions = transactions;
    }

    public Item create(TenantId tenant, NewItem input) {
        String code = Input.required("code", input.code(), 50);
        String name = Input.required("name", input.name(), Input.MAX_NAME);
        BigDecimal price = Input.notNegative("price", input.price());
        BigDecimal vat = Input.notNegative("vatPercentage", input.vatPercentage());
        if (vat.compareTo(HUNDRED) > 0) {
            throw new InvalidInputException("vatPercentage", "error.vat-range");
        }
        return transactions.inTransaction(() -> {
            ItemGroupId group = group(tenant, input.itemGroupId());
            return items.add(tenant, group, code, name, price, vat, null, Origin.SIMON);
        });
    }

    private ItemGroupId group(TenantId tenant, Long itemGroupId) {
        if (itemGroupId == null) {
            return groups.named(tenant, ItemGroup.DEFAULT_NAME).id();
        }
        return groups.byId(tenant, new ItemGroupId(itemGroupId))
                .orElseThrow(() -> new InvalidInputException("itemGroupId", "error.unknown-item-group"))
                .id();
    }
}
