package nl.simon.integration.operator;

import java.time.Clock;
import nl.simon.integration.lifecycle.SyncNow;
import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/** The operator runs a company's pull now, as the office's "Nu synchroniseren" does (409 unless active and running). */
public final class SyncCompany {
    private final Companies companies;
    private final SyncNow syncNow;
    private final OperatorAudit audit;
    private final Transactions transactions;
    private final Clock clock;

    public SyncCompany(
            Companies companies, SyncNow syncNow, OperatorAudit audit, Transactions transactions, Clock clock) {
        this.companies = companies;
        this.syncNow = syncNow;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void sync(Operator operator, TenantId tenant) {
        transactions.run(() -> {
            String name =
                    companies.lockName(tenant).orElseThrow(() -> new NotFoundException("Company", tenant.value()));
            syncNow.syncNow(tenant);
            audit.record(new AuditEntry(
                    clock.instant(), operator.name(), OperatorAction.SYNC, tenant.value(), name, null, null));
        });
    }
}
