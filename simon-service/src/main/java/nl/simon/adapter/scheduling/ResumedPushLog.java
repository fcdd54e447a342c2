package nl.simon.adapter.scheduling;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.Execution;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.shared.TenantId;
import nl.simon.workorder.ViewWorkOrder;
import nl.simon.workorder.WorkOrderId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says in the company's integration log when a push was interrupted (its instance was killed, or its
 * result could not be written while PostgreSQL was down) and is taken up again: db-scheduler found its
 * job dead. The push then looks its draft up by name first, so it still goes once.
 */
public final class ResumedPushLog extends AbstractSchedulerListener {
    private static final Logger LOG = LoggerFactory.getLogger(ResumedPushLog.class);

    private final ViewWorkOrder view;
    private final RecordLog log;

    public ResumedPushLog(ViewWorkOrder view, RecordLog log) {
        this.view = view;
        this.log = log;
    }

    @Override
    public void onExecutionDead(Execution execution) {
        if (!DbSchedulerPushJobs.NAME.equals(execution.taskInstance.getTaskName())) {
            return;
        }
        String workOrder = execution.taskInstance.getId();
        try {
            TenantId tenant = new TenantId(((Number) execution.taskInstance.getData()).longValue());
            long number = view.view(tenant, new WorkOrderId(Long.parseLong(workOrder)))
                    .workOrder()
                    .number();
            log.appendAndCommit(tenant, LogMessage.PUSH_RESUMED, workOrder, number);
            LOG.info("push of work order {} was interrupted (picked by {}); resuming", workOrder, execution.pickedBy);
        } catch (RuntimeException e) {
            LOG.warn(
                    "push of work order {} is resumed, but the log row could not be written: {}",
                    workOrder,
                    e.getMessage());
        }
    }
}
