package nl.simon.integration.operator;

import java.time.Clock;
import java.util.function.Supplier;
import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * The frame every operator action on one company shares (issue 16): the company is locked, or the action is a 404
 * when it does not exist; the action runs; and its audit row (who, when, what, the company's name at that moment) is
 * written in the same transaction, so an action and its audit row are stored together or not at all.
 */
public final class CompanyAction {
    private final Companies companies;
    private final OperatorAudit audit;
    private final Transactions transactions;
    private final Clock clock;

    public CompanyAction(Companies companies, OperatorAudit audit, Transactions transactions, Clock clock) {
        this.companies = companies;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs {@code action} in one transaction with the company locked, and audits it with {@code reason} (or null). */
    public void run(Operator operator, TenantId tenant, OperatorAction what, String reason, Runnable action) {
        transactions.run(() -> {
            String name = lockName(tenant);
            action.run();
            audit.record(entry(operator, tenant, what, name, reason, null));
        });
    }

    /**
     * For an action that runs in transactions of its own (a resend locks each work order on its own): the company is
     * checked first, the action runs, and the audit row keeps the action's answer as its detail.
     */
    public <T> T runAlone(Operator operator, TenantId tenant, OperatorAction what, Supplier<T> action) {
        transactions.run(() -> lockName(tenant));
        T answer = action.get();
        transactions.run(() -> audit.record(
                entry(operator, tenant, what, companies.lockName(tenant).orElse(null), null, String.valueOf(answer))));
        return answer;
    }

    private String lockName(TenantId tenant) {
        return companies.lockName(tenant).orElseThrow(() -> new NotFoundException("Company", tenant.value()));
    }

    private AuditEntry entry(
            Operator operator, TenantId tenant, OperatorAction what, String name, String reason, String detail) {
        return new AuditEntry(clock.instant(), operator.name(), what, tenant.value(), name, reason, detail);
    }
}
