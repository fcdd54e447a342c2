package nl.simon.integration.operator;

import nl.simon.integration.push.QueuePush;
import nl.simon.shared.TenantId;

/**
 * The operator resends a company's FAILED and NOT_SENT pushes: the office's "resend all" ({@link QueuePush#resendAll}),
 * each work order queued under its row lock, so each goes exactly once however often this runs. Answers the count.
 */
public final class ResendCompanyFailures {
    private final CompanyAction action;
    private final QueuePush queuePush;

    public ResendCompanyFailures(CompanyAction action, QueuePush queuePush) {
        this.action = action;
        this.queuePush = queuePush;
    }

    public int resend(Operator operator, TenantId tenant) {
        return action.runAlone(operator, tenant, OperatorAction.RESEND_FAILED, () -> queuePush.resendAll(tenant));
    }
}
