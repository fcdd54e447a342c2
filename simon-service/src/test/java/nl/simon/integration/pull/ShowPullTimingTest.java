package nl.simon.integration.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.simon.integration.lifecycle.Integration;
import nl.simon.integration.lifecycle.IntegrationStatus;
import nl.simon.integration.lifecycle.SuspendTenant;
import nl.simon.shared.TenantId;
import org.junit.jupiter.api.Test;

/** When a pull counts as overdue (issue 12, item 10), with a fixed clock and a job table in memory. */
class ShowPullTimingTest {
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(5);
    private static final TenantId TENANT = new TenantId(7);

    @Test
    void a_pull_planned_in_the_future_or_just_late_is_not_overdue() {
        assertThat(timing(Optional.of(new ScheduledPull(NOW.plusSeconds(200), false)), active())
                        .overdue())
                .isFalse();
        assertThat(timing(Optional.of(new ScheduledPull(NOW.minus(INTERVAL), false)), active())
                        .overdue())
                .isFalse();
    }

    @Test
    void a_pull_more_than_an_interval_and_a_minute_late_that_nobody_runs_is_overdue() {
        PullTiming late =
                timing(Optional.of(new ScheduledPull(NOW.minus(INTERVAL).minusSeconds(61), false)), active());
        assertThat(late.overdue()).isTrue();
        assertThat(late.nextPull()).contains(NOW.minus(INTERVAL).minusSeconds(61));
        assertThat(late.interval()).isEqualTo(INTERVAL);
    }

    @Test
    void a_long_pull_that_is_running_is_not_overdue() {
        assertThat(timing(Optional.of(new ScheduledPull(NOW.minus(Duration.ofHours(1)), true)), active())
                        .overdue())
                .isFalse();
    }

    @Test
    void an_active_integration_without_a_pull_job_is_overdue() {
        PullTiming none = timing(Optional.empty(), active());
        assertThat(none.overdue()).isTrue();
        assertThat(none.nextPull()).isEmpty();
    }

    @Test
    void a_suspended_or_inactive_integration_plans_no_pull_and_nothing_is_overdue() {
        Integration suspended = new Integration(
                TENANT, IntegrationStatus.ACTIVE, NOW, null, NOW, null, NOW, SuspendTenant.UNAUTHORIZED);
        Integration inactive = new Integration(TENANT, IntegrationStatus.INACTIVE, NOW, NOW, NOW, null, NOW, null);
        assertThat(timing(Optional.empty(), suspended)).isEqualTo(new PullTiming(INTERVAL, Optional.empty(), false));
        assertThat(timing(Optional.empty(), inactive)).isEqualTo(new PullTiming(INTERVAL, Optional.empty(), false));
    }

    private static Integration active() {
        return new Integration(TENANT, IntegrationStatus.ACTIVE, NOW, null, NOW, null, NOW, null);
    }

    private static PullTiming timing(Optional<ScheduledPull> job, Integration integration) {
        PullSchedule schedule = tenant -> tenant.equals(TENANT) ? job : Optional.empty();
        return new ShowPullTiming(schedule, INTERVAL, Clock.fixed(NOW, ZoneOffset.UTC)).of(integration);
    }
}
