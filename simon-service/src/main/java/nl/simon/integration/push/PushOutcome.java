package nl.simon.integration.push;

import java.time.Instant;

/** How one push attempt ended, and so what the job does next. */
public sealed interface PushOutcome {
    /** FactuurSturen has the draft (now or already): done. */
    record Sent(String draftName) implements PushOutcome {}

    /** Nothing to do: already sent or skipped, or not queued. */
    record AlreadyDone() implements PushOutcome {}

    /** Not sent on purpose (exclusion word). */
    record Skipped() implements PushOutcome {}

    /** Cannot be sent until the user acts (no customer, FS refused it): done until a Retry. */
    record Failed(String reason) implements PushOutcome {}

    /** Try again at this time (quota spent, tenant suspended). */
    record RetryAt(Instant when) implements PushOutcome {}
}
