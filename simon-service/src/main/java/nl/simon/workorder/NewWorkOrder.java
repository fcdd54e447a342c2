package nl.simon.workorder;

/** What an office user types to create a work order; customer and location may be absent. */
public record NewWorkOrder(Long customerId, Long locationId, String description, String customerReference) {}
