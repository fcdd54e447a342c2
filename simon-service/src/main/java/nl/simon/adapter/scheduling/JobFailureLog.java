package nl.simon.adapter.scheduling;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.util.function.Supplier;
import nl.simon.integration.fs.FsFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a failed job run reaches the operator's log: a FactuurSturen failure (unreachable, quota, key
 * refused) is expected and says so in one line without a stack trace; anything else is unexpected and
 * keeps its stack trace. db-scheduler's own failure logging is turned down to DEBUG (application.yml),
 * so each failure is logged once, here.
 */
final class JobFailureLog {
    private static final Logger LOG = LoggerFactory.getLogger(JobFailureLog.class);

    private JobFailureLog() {}

    static <T> T logged(String task, TaskInstance<?> instance, Supplier<T> run) {
        try {
            return run.get();
        } catch (FsFailure failure) {
            LOG.warn(
                    "{} {} (tenant {}) failed at FactuurSturen, retried with backoff: {}",
                    task,
                    instance.getId(),
                    instance.getData(),
                    failure.getMessage());
            throw failure;
        } catch (RuntimeException unexpected) {
            LOG.error(
                    "{} {} (tenant {}) failed unexpectedly, retried with backoff",
                    task,
                    instance.getId(),
                    instance.getData(),
                    unexpected);
            throw unexpected;
        }
    }
}
