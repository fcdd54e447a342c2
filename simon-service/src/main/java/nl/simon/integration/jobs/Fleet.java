package nl.simon.integration.jobs;

/** All companies at once, for the operator's metrics: one query, not one per company. */
public interface Fleet {
    FleetFigures figures();
}
