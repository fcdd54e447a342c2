package nl.simon.integration.operator;

import java.time.Clock;
import nl.simon.integration.push.QueuePush;
import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * The operator resends a company's FAILED and NOT_SENT pushes: the office's "resend all" ({@link QueuePush#resendAll}),
 * each work order queued under its row lock, so each goes exactly once however often this runs. Answers the count.
 */
public final class ResendCompanyFailures {
    private final Companies companies;
    private final QueuePush queuePush;
    private final OperatorAudit audit;
    private final Transactions transactions;
    private final Clock clock;

    public ResendCompanyFailures(
            Companies companies, QueuePush queuePush, OperatorAudit audit, Transactions transactions, Clock clock) {
        this.companies = companies;
        this.queuePush = queuePush;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public int resend(Operator operator, TenantId tenant) {
        transactions.run(
                () -> companies.lockName(tenant).orElseThrow(() -> new NotFoundException("Company", tenant.value())));
        int queued = queuePush.resendAll(tenant);
        transactions.run(() -> {
            String name = companies.lockName(tenant).orElse(null);
            audit.record(new AuditEntry(
                    clock.instant(),
                    operator.name(),
                    OperatorAction.RESEND_FAILED,
                    tenant.value(),
                    name,
                    null,
                    Integer.toString(queued)));
        });
        return queued;
    }
}
