package nl.simon.workorder;

/** The invoice state shown on the work order: the draft's name when sent, the reason when skipped or failed. */
public record InvoiceSync(InvoiceSyncState state, String draftName, String message) {
    public static final InvoiceSync NOT_SENT = new InvoiceSync(InvoiceSyncState.NOT_SENT, null, null);
}
