package nl.simon.integration.settings;

/** What the draft invoice is named (FS {@code savename}, docs/product.md §5.9). */
public enum InvoiceName {
    WORK_ORDER_NUMBER,
    CUSTOMER_REFERENCE,
    WORK_ORDER_NUMBER_AND_CUSTOMER_REFERENCE
}
