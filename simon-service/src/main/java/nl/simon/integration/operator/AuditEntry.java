package nl.simon.integration.operator;

import java.time.Instant;

/**
 * One operator action: when, who, what, which company (its id and its name at that moment, kept after a delete), the
 * reason given (suspend) and a detail (e.g. how many pushes a resend queued), both null when none.
 */
public record AuditEntry(
        Instant at,
        String actor,
        OperatorAction action,
        Long tenantId,
        String tenantName,
        String reason,
        String detail) {}
