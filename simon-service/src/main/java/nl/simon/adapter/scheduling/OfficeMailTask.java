package nl.simon.adapter.scheduling;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recurring {@code office-mail} job: one row in db-scheduler's table, so one instance at a time sends the
 * outbox's due mails, every {@code interval}. A failed hand-over stays in the outbox (SendOfficeMails).
 */
public final class OfficeMailTask {
    public static final String NAME = "office-mail";
    private static final Logger LOG = LoggerFactory.getLogger(OfficeMailTask.class);

    private final RecurringTask<Void> task;

    public OfficeMailTask(IntSupplier sendDue, Duration interval) {
        this.task = Tasks.recurring(NAME, FixedDelay.of(interval)).execute((instance, context) -> {
            int sent = sendDue.getAsInt();
            if (sent > 0) {
                LOG.info("{} e-mail(s) to office admins handed to the mail server", sent);
            }
        });
    }

    public RecurringTask<Void> task() {
        return task;
    }
}
