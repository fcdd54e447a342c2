package nl.simon.workorder;

import nl.simon.shared.Input;
import nl.simon.shared.InvalidInputException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/** Registers an employee's work and travel minutes on a work order that is not archived yet. */
public final class RegisterTime {
    /** A month of minutes: anything above is a typing error. */
    static final int MAX_MINUTES = 31 * 24 * 60;

    private final WorkOrders workOrders;
    private final Transactions transactions;

    public RegisterTime(WorkOrders workOrders, Transactions transactions) {
        this.workOrders = workOrders;
        this.transactions = transactions;
    }

    public void register(TenantId tenant, WorkOrderId id, String employee, Integer workMinutes, Integer travelMinutes) {
        String who = employee(employee);
        int work = minutes("workMinutes", workMinutes);
        int travel = minutes("travelMinutes", travelMinutes);
        requireSomeTime(work, travel);
        transactions.run(() -> {
            workOrders.locked(tenant, id).status().requireRegistrationAllowed();
            workOrders.addTimeSheet(tenant, id, who, work, travel);
        });
    }

    static String employee(String employee) {
        return Input.maxLength("employee", Input.required("employee", employee), 200);
    }

    static void requireSomeTime(int work, int travel) {
        if (work == 0 && travel == 0) {
            throw new InvalidInputException("workMinutes", "error.no-minutes");
        }
    }

    static int minutes(String field, Integer value) {
        int minutes = Input.notNegative(field, value);
        if (minutes > MAX_MINUTES) {
            throw new InvalidInputException(field, "error.too-many-minutes", MAX_MINUTES);
        }
        return minutes;
    }
}
