package nl.simon.integration.settings;

/**
 * The settings of the integration (docs/contracts.md §2, docs/product.md §5). A null product code switches
 * that invoice line off; empty words are absent. {@code mailAdmins} (issue 16): the company's admins get an
 * e-mail when the integration is suspended or a push fails; on when not given.
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
        InvoiceName invoiceName,
        Boolean mailAdmins) {

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
            InvoiceName.WORK_ORDER_NUMBER,
            true);

    public IntegrationSettings {
        quotationFilterWord = blankToNull(quotationFilterWord);
        travelTimeProductCode = blankToNull(travelTimeProductCode);
        workTimeProductCode = blankToNull(workTimeProductCode);
        standardProductCode = blankToNull(standardProductCode);
        workOrderExclusionWord = blankToNull(workOrderExclusionWord);
        mailAdmins = mailAdmins == null || mailAdmins;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
