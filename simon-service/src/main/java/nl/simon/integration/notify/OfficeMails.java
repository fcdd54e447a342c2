package nl.simon.integration.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.simon.shared.TenantId;

/** The outbox of mails to office admins. */
public interface OfficeMails {
    /**
     * The oldest mail due for sending, locked in the caller's transaction (other instances skip it) until that
     * transaction ends; empty when none is due.
     */
    Optional<OfficeMail> claimDue(Instant now);

    /** The mail was handed to the SMTP server: never sent again. */
    void sent(long id, Instant at);

    /** Sending failed: try again at {@code retryAt}. */
    void failed(long id, String error, Instant retryAt);

    /** The company's latest mails, newest first (demo mode's mail page). */
    List<OfficeMail> latest(TenantId tenant, int limit);
}
