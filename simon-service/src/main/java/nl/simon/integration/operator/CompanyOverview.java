package nl.simon.integration.operator;

import java.time.Duration;
import java.time.Instant;
import nl.simon.integration.log.LogEntry;

/**
 * One company in the operator's list.
 *
 * @param suspension      why it is suspended ({@code OPERATOR}, {@code UNAUTHORIZED}, {@code KEY_UNREADABLE}) or null
 * @param suspensionNote  the operator's reason when the operator suspended it, else null
 * @param pullFailingSince since when its pulls fail (an episode of failed runs or a failing job), or null
 * @param oldestQueuedAt  when its oldest push still QUEUED was queued, or null
 * @param lastError       its newest unresolved ERROR log row, or null
 * @param trouble         0 suspended, 1 failed pushes, 2 pulls failing, 3 an old queued push, 4 fine: the list's order
 */
public record CompanyOverview(
        long id,
        String name,
        Instant createdAt,
        CompanyState state,
        String suspension,
        String suspensionNote,
        Instant lastSyncAt,
        Instant nextSyncAt,
        Instant pullFailingSince,
        long queuedPushes,
        long failedPushes,
        Instant oldestQueuedAt,
        LogEntry lastError,
        int trouble) {

    /** A queued push older than this puts the company among those in trouble. */
    public static final Duration OLD_QUEUED_PUSH = Duration.ofMinutes(15);

    public Duration oldestQueuedAge(Instant now) {
        return oldestQueuedAt == null
                ? null
                : Duration.between(oldestQueuedAt, now).withNanos(0);
    }

    public boolean suspendedByOperator() {
        return SuspendCompany.OPERATOR.equals(suspension);
    }
}
