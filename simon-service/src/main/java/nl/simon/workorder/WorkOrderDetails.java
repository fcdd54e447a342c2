package nl.simon.workorder;

import java.util.List;

/** A work order with everything registered on it. */
public record WorkOrderDetails(
        WorkOrder workOrder, List<Planning> plannings, List<TimeSheet> timeSheets, List<UsedItem> usedItems) {

    public int totalWorkMinutes() {
        return timeSheets.stream().mapToInt(TimeSheet::workMinutes).sum();
    }

    public int totalTravelMinutes() {
        return timeSheets.stream().mapToInt(TimeSheet::travelMinutes).sum();
    }
}
