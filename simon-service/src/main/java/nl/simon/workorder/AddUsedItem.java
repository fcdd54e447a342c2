package nl.simon.workorder;

import java.math.BigDecimal;
import nl.simon.item.Item;
import nl.simon.item.ItemId;
import nl.simon.item.Items;
import nl.simon.shared.Input;
import nl.simon.shared.InvalidInputException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/** Books a quantity of an active item of the same tenant on a work order that is not archived yet. */
public final class AddUsedItem {
    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000");

    private final WorkOrders workOrders;
    private final Items items;
    private final Transactions transactions;

    public AddUsedItem(WorkOrders workOrders, Items items, Transactions transactions) {
        this.workOrders = workOrders;
        this.items = items;
        this.transactions = transactions;
    }

    /** A quantity above zero, below a million, with at most four decimals. */
    static BigDecimal quantity(BigDecimal quantity) {
        BigDecimal amount = Input.positive("quantity", quantity);
        if (amount.compareTo(MAX_QUANTITY) >= 0 || amount.scale() > 4) {
            throw new InvalidInputException("quantity", "error.quantity-format");
        }
        return amount;
    }

    public void add(TenantId tenant, WorkOrderId id, Long itemId, BigDecimal quantity) {
        Input.present("itemId", itemId);
        BigDecimal amount = quantity(quantity);
        transactions.run(() -> {
            workOrders.locked(tenant, id).status().requireRegistrationAllowed();
            Item item = items.byId(tenant, new ItemId(itemId))
                    .orElseThrow(() -> new InvalidInputException("itemId", "error.unknown-item", itemId));
            if (!item.active()) {
                throw new InvalidInputException("itemId", "error.inactive-item", item.code());
            }
            workOrders.addUsedItem(tenant, id, item.id(), amount);
        });
    }
}
