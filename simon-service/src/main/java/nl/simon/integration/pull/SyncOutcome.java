package nl.simon.integration.pull;

import java.time.Instant;

/** How a tenant's sync run ended, and so when the job runs next. */
public sealed interface SyncOutcome {
    /** Pulled what there was; run again after the usual interval. */
    record Done(int changes) implements SyncOutcome {}

    /** The integration is not active (any more): the job ends. */
    record NotActive() implements SyncOutcome {}

    /** FactuurSturen refused the API key: the tenant's jobs stop until the user reconnects. */
    record Suspended() implements SyncOutcome {}

    /** The hourly quota is spent: run again when it refills. */
    record RetryAt(Instant when) implements SyncOutcome {}
}
