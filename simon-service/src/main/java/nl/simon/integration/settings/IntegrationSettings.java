package nl.simon.integration.settings;

/**
 * The settings of the integration (docs/contracts.md §2, docs/product.md §5). A null product code switches
 * that invoice line off; empty words are absent.
 */
public record IntegrationSettings(
        boolean quotationsToWorkOrders,
        String quotationFilterWord,
        boolean quotationLinesAsUsedItems,
        WorkDescriptionSource workDescriptionSource,
        CustomerReferenceSource customerReferenceSource,
        String travelTimeProductCode,
        String workTimeProductCode,
        String standardProductCode,
        String workOrderExclusionWord,
        boolean descriptionAsFirstLine,
        InvoiceReference invoiceReference,
        InvoiceName invoiceName) {

    /** What the wizard proposes before anything is saved: the examples of docs/product.md §5. */
    public static final IntegrationSettings DEFAULTS = new IntegrationSettings(
            false,
            null,
            true,
            WorkDescriptionSource.QUOTATION_NAME,
            CustomerReferenceSource.QUOTATION_REFERENCE,
            "0001",
            "0002",
            null,
            null,
            false,
            InvoiceReference.WORK_ADDRESS,
            InvoiceName.WORK_ORDER_NUMBER);

    public IntegrationSettings {
        quotationFilterWord = blankToNull(quotationFilterWord);
        travelTimeProductCode = blankToNull(travelTimeProductCode);
        workTimeProductCode = blankToNull(workTimeProductCode);
        standardProductCode = blankToNull(standardProductCode);
        workOrderExclusionWord = blankToNull(workOrderExclusionWord);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
