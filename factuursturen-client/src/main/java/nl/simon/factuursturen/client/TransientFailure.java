package nl.simon.factuursturen.client;

/**
 * No usable answer: connection error, timeout or a 5xx. Worth trying again later. For a request
 * that changes data the outcome is unknown ({@link #outcomeUnknown()}): FactuurSturen may have
 * stored it before the answer was lost, so look before sending again.
 */
public final class TransientFailure extends FactuurSturenException {
    TransientFailure(String method, String path, int status, String body, String message, Throwable cause) {
        super(method, path, status, body, message, cause);
    }

    public boolean outcomeUnknown() {
        return !"GET".equals(method());
    }
}
