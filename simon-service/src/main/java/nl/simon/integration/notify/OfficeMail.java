package nl.simon.integration.notify;

import java.time.Instant;
import nl.simon.shared.TenantId;

/**
 * One e-mail to one admin of a company, as the outbox holds it: what happened ({@code kind}, with the
 * suspension's reason or the failed work order), in the recipient's language; rendered only when sent.
 */
public record OfficeMail(
        long id,
        TenantId tenant,
        String companyName,
        String recipient,
        String language,
        Kind kind,
        String reason,
        Long workOrderId,
        Long workOrderNumber,
        Instant createdAt,
        int attempts,
        Instant sentAt) {

    public enum Kind {
        SUSPENDED,
        PUSH_FAILED
    }

    @Override
    public String toString() {
        return "OfficeMail[id=" + id + ", tenant=" + tenant + ", kind=" + kind + "]";
    }
}
