package nl.simon.workorder;

/** The correction use cases together (issue 15): change and remove what is on a work order until archiving. */
public record WorkOrderCorrections(
        ChangeTimeSheet changeTimeSheet,
        RemoveTimeSheet removeTimeSheet,
        ChangeUsedItem changeUsedItem,
        RemoveUsedItem removeUsedItem,
        ChangePlanning changePlanning,
        RemovePlanning removePlanning) {}
