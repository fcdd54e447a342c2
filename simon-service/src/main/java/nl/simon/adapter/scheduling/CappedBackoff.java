package nl.simon.adapter.scheduling;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import java.time.Duration;

/** After a failed run: try again after {@code first}, doubling each time, never waiting longer than {@code cap}. */
final class CappedBackoff<T> implements FailureHandler<T> {
    private final Duration first;
    private final Duration cap;

    CappedBackoff(Duration first, Duration cap) {
        this.first = first;
        this.cap = cap;
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<T> operations) {
        operations.reschedule(
                complete, complete.getTimeDone().plus(delay(complete.getExecution().consecutiveFailures)));
    }

    Duration delay(int earlierFailures) {
        int doublings = Math.min(Math.max(earlierFailures, 0), 20);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
