package nl.simon.integration.operator;

import nl.simon.integration.push.PushQueue;
import nl.simon.shared.TenantId;

/**
 * The operator resends a company's FAILED and NOT_SENT pushes: the office's "resend all" ({@link PushQueue#resendAll}),
 * each work order queued under its row lock, so each goes exactly once however often this runs. Answers the count.
 */
public final class ResendCompanyFailures {
    private final CompanyAction action;
    private final PushQueue pushQueue;

    public ResendCompanyFailures(CompanyAction action, PushQueue pushQueue) {
        this.action = action;
        this.pushQueue = pushQueue;
    }

    public int resend(Operator operator, TenantId tenant) {
        return action.runAlone(operator, tenant, OperatorAction.RESEND_FAILED, () -> pushQueue.resendAll(tenant));
    }
}
