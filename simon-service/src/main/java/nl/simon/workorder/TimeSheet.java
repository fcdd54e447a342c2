package nl.simon.workorder;

/** Work and travel time an employee registered on a work order, in minutes. */
public record TimeSheet(long id, String employee, int workMinutes, int travelMinutes) {}
