package nl.simon.workorder;

import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * Corrects a time entry until the work order is archived. A field left out (null) keeps its value; the
 * result obeys the same rules as a new entry ({@link RegisterTime}).
 */
public final class ChangeTimeSheet {
    private final WorkOrders workOrders;
    private final Transactions transactions;

    public ChangeTimeSheet(WorkOrders workOrders, Transactions transactions) {
        this.workOrders = workOrders;
        this.transactions = transactions;
    }

    public void change(
            TenantId tenant,
            WorkOrderId id,
            long timeSheetId,
            String employee,
            Integer workMinutes,
            Integer travelMinutes) {
        String who = employee == null ? null : RegisterTime.employee(employee);
        Integer work = workMinutes == null ? null : RegisterTime.minutes("workMinutes", workMinutes);
        Integer travel = travelMinutes == null ? null : RegisterTime.minutes("travelMinutes", travelMinutes);
        transactions.run(() -> {
            workOrders.locked(tenant, id).status().requireRegistrationAllowed();
            TimeSheet now = workOrders.timeSheets(tenant, id).stream()
                    .filter(t -> t.id() == timeSheetId)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("TimeSheet", timeSheetId));
            int newWork = work == null ? now.workMinutes() : work;
            int newTravel = travel == null ? now.travelMinutes() : travel;
            RegisterTime.requireSomeTime(newWork, newTravel);
            workOrders.changeTimeSheet(tenant, id, timeSheetId, who == null ? now.employee() : who, newWork, newTravel);
        });
    }
}
