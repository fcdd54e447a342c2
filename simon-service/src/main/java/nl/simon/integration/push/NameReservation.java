package nl.simon.integration.push;

/** How reserving a draft name for a work order ended. */
public enum NameReservation {
    /** The name is the work order's now. */
    RESERVED,
    /** Another work order of the company holds the name (compared as FS compares names, ignoring case). */
    TAKEN,
    /**
     * The work order's name is no longer the one this run read: another run of the same push (a job revived
     * while its first run still went on) chose one meanwhile. That name stands; this run starts again.
     */
    CHANGED_MEANWHILE
}
