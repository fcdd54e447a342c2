package nl.simon.item;

import java.time.Instant;

/** A group of items. FactuurSturen has no product groups: its products land in one group. */
public record ItemGroup(ItemGroupId id, String name, Instant changedAt) {
    /** The group items made by hand go into when no group is named. */
    public static final String DEFAULT_NAME = "Algemeen";
}
