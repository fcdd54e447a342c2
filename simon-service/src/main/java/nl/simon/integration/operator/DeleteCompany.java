package nl.simon.integration.operator;

import java.time.Clock;
import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * The operator removes a company with all its data and jobs in one transaction ({@link Companies#delete}); the audit
 * row, written in the same transaction, keeps its id and name. An unknown company is a 404.
 */
public final class DeleteCompany {
    private final Companies companies;
    private final OperatorAudit audit;
    private final Transactions transactions;
    private final Clock clock;

    public DeleteCompany(Companies companies, OperatorAudit audit, Transactions transactions, Clock clock) {
        this.companies = companies;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void delete(Operator operator, TenantId tenant) {
        transactions.run(() -> {
            String name =
                    companies.lockName(tenant).orElseThrow(() -> new NotFoundException("Company", tenant.value()));
            companies.delete(tenant);
            audit.record(new AuditEntry(
                    clock.instant(), operator.name(), OperatorAction.DELETE, tenant.value(), name, null, null));
        });
    }
}
