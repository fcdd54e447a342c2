package nl.simon.integration.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/**
 * Simon's tables the activation wizard can wipe, in the order docs/product.md §4.3 lists them.
 * A table can only be wiped together with the tables whose rows point at it.
 */
public enum SimonTable {
    ItemGroup,
    Item,
    WorkOrder,
    Location,
    Customer,
    Object,
    ContactPerson;

    /** The tables that must be wiped too when this one is (their rows refer to this table's rows). */
    public Set<SimonTable> dependents() {
        return switch (this) {
            case ItemGroup -> EnumSet.of(Item, WorkOrder);
            case Item -> EnumSet.of(WorkOrder);
            case Location -> EnumSet.of(WorkOrder);
            case Customer -> EnumSet.of(Location, WorkOrder, Object, ContactPerson);
            case WorkOrder, Object, ContactPerson -> EnumSet.noneOf(SimonTable.class);
        };
    }

    /** The tables the status page follows (docs/product.md §6.1). */
    public static final Set<SimonTable> SYNCED = EnumSet.of(ItemGroup, Item, Customer, Location);
}
