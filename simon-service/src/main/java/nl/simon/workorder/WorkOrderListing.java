package nl.simon.workorder;

/** A line in the work order list: the work order and its customer's name (null when none). */
public record WorkOrderListing(WorkOrder workOrder, String customerName) {}
