package nl.simon.integration.operator;

import java.util.List;

/** The operator's audit trail: written in the action's own transaction, read newest first. */
public interface OperatorAudit {
    void record(AuditEntry entry);

    List<AuditEntry> page(int limit, int offset);

    long count();
}
