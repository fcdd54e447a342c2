package nl.simon.workorder;

/** The work order use cases together, as the web and API adapters both need all of them. */
public record WorkOrderUseCases(
        CreateWorkOrder create,
        PlanWorkOrder plan,
        RegisterTime registerTime,
        AddUsedItem addUsedItem,
        CompleteWorkOrder complete,
        ArchiveWorkOrder archive,
        ViewWorkOrder view,
        LinkCustomer linkCustomer) {}
