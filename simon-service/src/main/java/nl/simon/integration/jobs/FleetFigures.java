package nl.simon.integration.jobs;

/**
 * What the operator watches across all companies (issue 16, item 3), read at once: companies per integration
 * state, pushes queued and failed, the age of the oldest queued push (since its work order was archived; 0 when
 * none is queued), and active companies whose pull is failing (FactuurSturen out of reach, or an unexpected
 * failure of the pull).
 */
public record FleetFigures(
        long notActivated,
        long active,
        long suspended,
        long inactive,
        long pushesQueued,
        long pushesFailed,
        double oldestQueuedPushSeconds,
        long pullFailing) {

    /** The figures per integration state, by the names of {@code simon_tenants{state}}. */
    public long tenants(String state) {
        return switch (state) {
            case "not_activated" -> notActivated;
            case "active" -> active;
            case "suspended" -> suspended;
            case "inactive" -> inactive;
            default -> throw new IllegalArgumentException("no state " + state);
        };
    }
}
