package nl.simon.integration.settings;

/** Where a work order made from a quotation takes its work description from (docs/product.md §5.2.3). */
public enum WorkDescriptionSource {
    QUOTATION_NAME,
    QUOTATION_REFERENCE,
    ALL_QUOTATION_LINES,
    FIRST_LINE_DESCRIPTION,
    NOTES
}
