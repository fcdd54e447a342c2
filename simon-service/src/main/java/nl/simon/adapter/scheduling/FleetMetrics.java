package nl.simon.adapter.scheduling;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import nl.simon.integration.jobs.FleetFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's figures on {@code /actuator/prometheus} (issue 16, item 3): {@code simon_tenants{state}},
 * {@code simon_pushes_queued}, {@code simon_pushes_failed}, {@code simon_push_oldest_queued_age_seconds} and
 * {@code simon_tenants_pull_failing}. All gauges read one snapshot, read by one query and kept for
 * {@code maxAge}, so a scrape (or several instances' scrapes) costs at most one query per {@code maxAge}, not one
 * per company or per gauge. While the database cannot be read the last snapshot stays (NaN before the first).
 */
public final class FleetMetrics {
    public static final List<String> STATES = List.of("not_activated", "active", "suspended", "inactive");
    private static final Logger LOG = LoggerFactory.getLogger(FleetMetrics.class);

    private final Supplier<FleetFigures> read;
    private final Duration maxAge;
    private final Clock clock;
    private FleetFigures figures;
    private Instant readAt;

    public FleetMetrics(MeterRegistry registry, Supplier<FleetFigures> read, Duration maxAge, Clock clock) {
        this.read = read;
        this.maxAge = maxAge;
        this.clock = clock;
        for (String state : STATES) {
            gauge("simon.tenants", "companies per integration state", f -> f.tenants(state))
                    .tag("state", state)
                    .register(registry);
        }
        gauge("simon.pushes.queued", "archived work orders waiting to go to FactuurSturen", f -> f.pushesQueued())
                .register(registry);
        gauge("simon.pushes.failed", "archived work orders whose push failed, until resent", f -> f.pushesFailed())
                .register(registry);
        gauge(
                        "simon.push.oldest.queued.age",
                        "age of the oldest queued push since its work order was archived",
                        FleetFigures::oldestQueuedPushSeconds)
                .baseUnit("seconds")
                .register(registry);
        gauge("simon.tenants.pull.failing", "active companies whose pull is failing", f -> f.pullFailing())
                .register(registry);
    }

    private Gauge.Builder<FleetMetrics> gauge(String name, String description, ToDoubleFunction<FleetFigures> value) {
        return Gauge.builder(name, this, metrics -> {
                    FleetFigures current = metrics.current();
                    return current == null ? Double.NaN : value.applyAsDouble(current);
                })
                .description(description);
    }

    synchronized FleetFigures current() {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(maxAge))) {
            try {
                figures = read.get();
            } catch (RuntimeException unreadable) {
                LOG.debug("fleet figures could not be read, keeping the last ones", unreadable);
            }
            readAt = now;
        }
        return figures;
    }
}
