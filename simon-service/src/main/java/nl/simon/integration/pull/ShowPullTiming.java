package nl.simon.integration.pull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.simon.integration.lifecycle.Integration;

/**
 * The status page's "next pull" and its warning when pulls are overdue (issue 12, item 10): read from the
 * job table, so the page shows what the scheduler will really do, not what it should do.
 */
public final class ShowPullTiming {
    /** A pull this much later than an interval past its due time, and not running, counts as overdue. */
    static final Duration MARGIN = Duration.ofMinutes(1);

    private final PullSchedule schedule;
    private final Duration interval;
    private final Clock clock;

    public ShowPullTiming(PullSchedule schedule, Duration interval, Clock clock) {
        this.schedule = schedule;
        this.interval = interval;
        this.clock = clock;
    }

    public PullTiming of(Integration integration) {
        if (!integration.runsJobs()) {
            return new PullTiming(interval, Optional.empty(), false);
        }
        Optional<ScheduledPull> next = schedule.next(integration.tenant());
        Instant lateFrom = clock.instant().minus(interval).minus(MARGIN);
        boolean overdue = next.map(pull -> !pull.running() && pull.due().isBefore(lateFrom))
                .orElse(true);
        return new PullTiming(interval, next.map(ScheduledPull::due), overdue);
    }
}
