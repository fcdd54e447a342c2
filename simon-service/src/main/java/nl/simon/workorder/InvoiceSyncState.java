package nl.simon.workorder;

/** Where the work order stands on its way to a draft invoice in FactuurSturen. */
public enum InvoiceSyncState {
    NOT_SENT,
    QUEUED,
    SENT,
    SKIPPED,
    FAILED;

    /**
     * Whether an archived work order in this state can be sent again ("Opnieuw versturen"): its draft failed or
     * was not sent. Only then can its customer still be changed, and a preview uses today's settings.
     */
    public boolean canBeResent() {
        return this == FAILED || this == NOT_SENT;
    }
}
