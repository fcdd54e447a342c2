package nl.simon.integration.settings;

/** What the draft invoice's reference (payment reference) lines hold (docs/product.md §5.8). */
public enum InvoiceReference {
    WORK_ADDRESS,
    WORK_ADDRESS_AND_DESCRIPTION,
    DESCRIPTION,
    NOTHING
}
