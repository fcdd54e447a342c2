package nl.simon.integration.settings;

/** What a work order made from a quotation keeps as customer reference (docs/product.md §5.2.4). */
public enum CustomerReferenceSource {
    QUOTATION_NAME,
    QUOTATION_REFERENCE,
    BOTH,
    NOTHING
}
