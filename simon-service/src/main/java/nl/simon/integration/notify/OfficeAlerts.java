package nl.simon.integration.notify;

import nl.simon.shared.TenantId;

/**
 * Tells a company's admins by e-mail that its integration needs them: one mail per episode, not per failure.
 * Every method runs in the caller's transaction and only writes the mails to an outbox ({@link OfficeMails}),
 * so the mail exists exactly when the suspension or failure it reports was committed. Nothing is written when
 * mail is off (no SMTP server configured, not demo mode) or the company switched {@code mailAdmins} off.
 */
public interface OfficeAlerts {
    /** Mail switched off: nothing is ever written. */
    OfficeAlerts NONE = new OfficeAlerts() {
        @Override
        public void suspended(TenantId tenant, String reason) {}

        @Override
        public void pushFailed(TenantId tenant, long workOrderId, long workOrderNumber) {}

        @Override
        public void pushSent(TenantId tenant) {}
    };

    /** The integration was suspended (a new suspension is a new episode: suspending twice is once). */
    void suspended(TenantId tenant, String reason);

    /** A work order's push failed: mails the admins unless a push-failure episode is already open. */
    void pushFailed(TenantId tenant, long workOrderId, long workOrderNumber);

    /** A push was sent: the company recovered, so the next failure starts a new episode. */
    void pushSent(TenantId tenant);
}
