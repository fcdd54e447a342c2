package nl.simon.integration.lifecycle;

import java.time.Instant;
import java.util.Optional;
import nl.simon.integration.fs.FsConnection;
import nl.simon.shared.TenantId;

/**
 * A tenant's integration as stored: where it stands, when it was switched on and off, the wizard
 * steps done, the connected account, and why its jobs are suspended (e.g. a refused API key).
 */
public record Integration(
        TenantId tenant,
        IntegrationStatus status,
        Instant activatedAt,
        Instant deactivatedAt,
        Instant wipedAt,
        FsConnection connection,
        Instant termsAcceptedAt,
        String suspendedReason) {

    /** {@link #suspendedReason()} of a suspension by the operator (issue 16), which only the operator lifts. */
    public static final String SUSPENDED_BY_OPERATOR = "OPERATOR";

    public static Integration notActivated(TenantId tenant) {
        return new Integration(tenant, IntegrationStatus.NOT_ACTIVATED, null, null, null, null, null, null);
    }

    /** The same integration, suspended for {@code reason} ({@code null}: no longer suspended). */
    public Integration suspended(String reason) {
        return new Integration(
                tenant, status, activatedAt, deactivatedAt, wipedAt, connection, termsAcceptedAt, reason);
    }

    public Optional<FsConnection> connected() {
        return Optional.ofNullable(connection);
    }

    public boolean isActive() {
        return status == IntegrationStatus.ACTIVE;
    }

    /** Jobs run only for an active integration that is not suspended. */
    public boolean runsJobs() {
        return isActive() && suspendedReason == null;
    }

    public boolean everActivated() {
        return status != IntegrationStatus.NOT_ACTIVATED;
    }

    public boolean suspendedByOperator() {
        return SUSPENDED_BY_OPERATOR.equals(suspendedReason);
    }

    /** The suspension that survives what the office does (reconnect, deactivate, activate): the operator's own. */
    public String suspensionKeptByOffice() {
        return suspendedByOperator() ? SUSPENDED_BY_OPERATOR : null;
    }
}
