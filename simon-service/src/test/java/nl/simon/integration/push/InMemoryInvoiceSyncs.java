package nl.simon.integration.push;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.simon.shared.TenantId;
import nl.simon.workorder.InvoiceSyncState;
import nl.simon.workorder.WorkOrderId;

/** One row per work order, like the push columns of {@code work_order}; a name is unique ignoring case. */
final class InMemoryInvoiceSyncs implements InvoiceSyncs {
    static final class Row {
        InvoiceSyncState state;
        String name;
        boolean outcomeUnknown;
        Integer settingsVersion;
        String message;
        String draftId;
        int attempts;
    }

    final Map<WorkOrderId, Row> rows = new HashMap<>();
    /** Set: the next reservation finds that another run of the push chose this name meanwhile. */
    String chosenMeanwhile;
    /** Set: the next write of SENT fails (a bug, a broken database), once. */
    RuntimeException failNextSent;

    void put(WorkOrderId id, PushState state) {
        Row row = new Row();
        row.state = state.state();
        row.name = state.draftName();
        row.outcomeUnknown = state.outcomeUnknown();
        row.settingsVersion = state.settingsVersion();
        rows.put(id, row);
    }

    /** One tenant's rows in these tests: every row that can be resent. */
    @Override
    public java.util.List<WorkOrderId> resendable(TenantId tenant) {
        return rows.entrySet().stream()
                .filter(entry -> entry.getValue().state.canBeResent())
                .map(Map.Entry::getKey)
                .sorted(java.util.Comparator.comparingLong(WorkOrderId::value))
                .toList();
    }

    Row row(WorkOrderId id) {
        return rows.get(id);
    }

    @Override
    public Optional<PushState> readLocked(TenantId tenant, WorkOrderId workOrder) {
        return Optional.ofNullable(rows.get(workOrder))
                .map(row -> new PushState(row.state, row.name, row.outcomeUnknown, row.settingsVersion));
    }

    @Override
    public void queue(TenantId tenant, WorkOrderId workOrder, Integer settingsVersion) {
        rows.get(workOrder).state = InvoiceSyncState.QUEUED;
        rows.get(workOrder).message = null;
        rows.get(workOrder).settingsVersion = settingsVersion;
    }

    @Override
    public void notSent(TenantId tenant, WorkOrderId workOrder, String message) {
        rows.get(workOrder).state = InvoiceSyncState.NOT_SENT;
        rows.get(workOrder).message = message;
    }

    @Override
    public NameReservation reserveName(TenantId tenant, WorkOrderId workOrder, String current, String draftName) {
        Row row = rows.get(workOrder);
        if (chosenMeanwhile != null) {
            row.name = chosenMeanwhile;
            chosenMeanwhile = null;
        }
        if (!java.util.Objects.equals(row.name, current)) {
            return NameReservation.CHANGED_MEANWHILE;
        }
        String key = key(draftName);
        boolean taken = rows.entrySet().stream()
                .anyMatch(other -> !other.getKey().equals(workOrder)
                        && other.getValue().name != null
                        && key(other.getValue().name).equals(key));
        if (taken) {
            return NameReservation.TAKEN;
        }
        row.name = draftName;
        return NameReservation.RESERVED;
    }

    @Override
    public void attemptStarted(TenantId tenant, WorkOrderId workOrder) {
        rows.get(workOrder).outcomeUnknown = true;
        rows.get(workOrder).attempts++;
    }

    @Override
    public void sent(TenantId tenant, WorkOrderId workOrder, String draftId) {
        if (failNextSent != null) {
            RuntimeException failure = failNextSent;
            failNextSent = null;
            throw failure;
        }
        Row row = rows.get(workOrder);
        row.state = InvoiceSyncState.SENT;
        row.message = null;
        row.outcomeUnknown = false;
        row.draftId = draftId;
    }

    @Override
    public void skipped(TenantId tenant, WorkOrderId workOrder, String message) {
        rows.get(workOrder).state = InvoiceSyncState.SKIPPED;
        rows.get(workOrder).message = message;
    }

    @Override
    public void failed(TenantId tenant, WorkOrderId workOrder, String message) {
        failedUnsettled(tenant, workOrder, message);
        rows.get(workOrder).outcomeUnknown = false;
    }

    @Override
    public void failedUnsettled(TenantId tenant, WorkOrderId workOrder, String message) {
        rows.get(workOrder).state = InvoiceSyncState.FAILED;
        rows.get(workOrder).message = message;
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
