package nl.simon.workorder;

/** Where the work order stands on its way to a draft invoice in FactuurSturen. */
public enum InvoiceSyncState {
    NOT_SENT,
    QUEUED,
    SENT,
    SKIPPED,
    FAILED
}
