package nl.simon.adapter.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import nl.simon.integration.pull.SyncOutcome;
import nl.simon.shared.TenantId;
import nl.simon.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tenant jobs on db-scheduler with a settable clock, run by hand: every 5 minutes, the cleanup
 * every 48 hours, nothing after deactivation, the quota's refill time and a capped backoff respected.
 */
class TenantJobScheduleIT {
    static final TenantId TENANT = new TenantId(42);
    static final Instant START = Instant.parse("2026-11-30T08:00:00Z");

    final Map<Long, Integer> syncs = new ConcurrentHashMap<>();
    final Map<Long, Integer> cleanups = new ConcurrentHashMap<>();
    final AtomicReference<Function<TenantId, SyncOutcome>> outcome = new AtomicReference<>();
    final AtomicReference<Boolean> active = new AtomicReference<>(true);

    SettableClock clock;
    ManualScheduler scheduler;
    DbSchedulerTenantJobs jobs;

    @BeforeEach
    void manualScheduler() {
        clock = new SettableClock();
        clock.set(START);
        Clock time = new SchedulerTime(clock);
        outcome.set(tenant -> active.get() ? new SyncOutcome.Done(0) : new SyncOutcome.NotActive());
        SyncTask sync = new SyncTask(
                tenant -> {
                    syncs.merge(tenant.value(), 1, Integer::sum);
                    return outcome.get().apply(tenant);
                },
                Duration.ofMinutes(5),
                time);
        CleanupTask cleanup = new CleanupTask(
                tenant -> active.get(),
                tenant -> {
                    cleanups.merge(tenant.value(), 1, Integer::sum);
                    return 0;
                },
                Duration.ofHours(48),
                time);
        String database = "jobs_" + Long.toHexString(System.nanoTime());
        scheduler = TestHelper.createManualScheduler(
                        TestDatabase.newDatabase(database), List.of(sync.task(), cleanup.task()))
                .clock(clock)
                .build();
        jobs = new DbSchedulerTenantJobs(scheduler, sync, cleanup, () -> {}, time);
    }

    @Test
    void the_sync_runs_at_once_and_then_every_five_minutes() {
        jobs.start(TENANT);
        jobs.start(TENANT);
        scheduler.runAnyDueExecutions();
        assertThat(syncs.get(42L)).isEqualTo(1);

        scheduler.tick(Duration.ofMinutes(4).plusSeconds(59));
        scheduler.runAnyDueExecutions();
        assertThat(syncs.get(42L)).isEqualTo(1);

        scheduler.tick(Duration.ofSeconds(1));
        scheduler.runAnyDueExecutions();
        assertThat(syncs.get(42L)).isEqualTo(2);

        for (int i = 0; i < 12; i++) {
            scheduler.tick(Duration.ofMinutes(5));
            scheduler.runAnyDueExecutions();
        }
        assertThat(syncs.get(42L)).isEqualTo(14);
        assertThat(scheduler.getScheduledExecutions()).hasSize(2);
    }

    @Test
    void the_cleanup_runs_every_48_hours() {
        jobs.start(TENANT);
        scheduler.tick(Duration.ofHours(47));
        scheduler.runAnyDueExecutions();
        assertThat(cleanups).isEmpty();

        scheduler.tick(Duration.ofHours(1));
        scheduler.runAnyDueExecutions();
        scheduler.tick(Duration.ofHours(48));
        scheduler.runAnyDueExecutions();

        assertThat(cleanups.get(42L)).isEqualTo(2);
    }

    @Test
    void nothing_runs_after_deactivation() {
        jobs.start(TENANT);
        scheduler.runAnyDueExecutions();

        jobs.stop(TENANT);
        scheduler.tick(Duration.ofDays(3));
        scheduler.runAnyDueExecutions();

        assertThat(syncs.get(42L)).isEqualTo(1);
        assertThat(cleanups).isEmpty();
        assertThat(scheduler.getScheduledExecutions()).isEmpty();
    }

    @Test
    void a_run_that_finds_the_integration_inactive_ends_its_own_schedule() {
        jobs.start(TENANT);
        active.set(false);

        scheduler.runAnyDueExecutions();
        scheduler.tick(Duration.ofDays(3));
        scheduler.runAnyDueExecutions();

        assertThat(syncs.get(42L)).isEqualTo(1);
        assertThat(scheduler.getScheduledExecutions()).isEmpty();
    }

    @Test
    void a_spent_quota_moves_the_next_run_to_the_refill_time() {
        Instant refill = START.plus(Duration.ofMinutes(52));
        outcome.set(tenant -> new SyncOutcome.RetryAt(refill));
        jobs.start(TENANT);
        scheduler.runAnyDueExecutions();

        assertThat(nextSync()).isEqualTo(refill);
    }

    @Test
    void a_failed_run_is_retried_with_a_doubling_capped_backoff() {
        outcome.set(tenant -> {
            throw new IllegalStateException("FactuurSturen unreachable");
        });
        jobs.start(TENANT);
        scheduler.runAnyDueExecutions();
        assertThat(nextSync()).isEqualTo(START.plusSeconds(30));

        scheduler.setTime(nextSync());
        scheduler.runAnyDueExecutions();
        assertThat(nextSync()).isEqualTo(START.plusSeconds(30).plusSeconds(60));

        outcome.set(tenant -> new SyncOutcome.Done(0));
        scheduler.setTime(nextSync());
        scheduler.runAnyDueExecutions();
        assertThat(nextSync()).isEqualTo(START.plusSeconds(90).plus(Duration.ofMinutes(5)));
    }

    @Test
    void sync_now_moves_the_next_run_to_now() {
        jobs.start(TENANT);
        scheduler.runAnyDueExecutions();
        scheduler.tick(Duration.ofMinutes(1));

        jobs.runNow(TENANT);
        scheduler.runAnyDueExecutions();

        assertThat(syncs.get(42L)).isEqualTo(2);
    }

    private Instant nextSync() {
        return scheduler.getScheduledExecutions().stream()
                .filter(e -> e.getTaskInstance().getTaskName().equals(SyncTask.NAME))
                .findFirst()
                .orElseThrow()
                .getExecutionTime();
    }

    /** The scheduler's settable clock as the {@link Clock} our tasks read. */
    private static final class SchedulerTime extends Clock {
        private final SettableClock clock;

        SchedulerTime(SettableClock clock) {
            this.clock = clock;
        }

        @Override
        public Instant instant() {
            return clock.now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
