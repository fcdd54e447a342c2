package nl.simon.integration.operator;

/** What the operator did, as written to the audit. */
public enum OperatorAction {
    REGISTER,
    SUSPEND,
    RESUME,
    SYNC,
    RESEND_FAILED,
    DELETE
}
