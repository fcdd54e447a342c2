package nl.simon.workorder;

public record WorkOrderId(long value) {}
