package nl.simon.adapter.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import nl.simon.factuursturen.emulator.SettableClock;
import nl.simon.integration.jobs.FleetFigures;
import org.junit.jupiter.api.Test;

/** Issue 16, item 3: every gauge reads one cached snapshot; one query per few seconds, however often scraped. */
class FleetMetricsTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-04T08:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicInteger queries = new AtomicInteger();
    private volatile boolean databaseDown;

    private FleetFigures read() {
        if (databaseDown) {
            throw new IllegalStateException("database down");
        }
        int n = queries.incrementAndGet();
        return new FleetFigures(1, 2 * n, 3, 4, 5, 6, 7.5, 8);
    }

    @Test
    void all_gauges_of_many_scrapes_within_the_max_age_cost_one_query() {
        new FleetMetrics(registry, this::read, Duration.ofSeconds(5), clock);

        for (int scrape = 0; scrape < 10; scrape++) {
            assertThat(gauge("simon.tenants", "not_activated")).isEqualTo(1);
            assertThat(gauge("simon.tenants", "active")).isEqualTo(2);
            assertThat(gauge("simon.tenants", "suspended")).isEqualTo(3);
            assertThat(gauge("simon.tenants", "inactive")).isEqualTo(4);
            assertThat(registry.get("simon.pushes.queued").gauge().value()).isEqualTo(5);
            assertThat(registry.get("simon.pushes.failed").gauge().value()).isEqualTo(6);
            assertThat(registry.get("simon.push.oldest.queued.age").gauge().value())
                    .isEqualTo(7.5);
            assertThat(registry.get("simon.tenants.pull.failing").gauge().value())
                    .isEqualTo(8);
            clock.advance(Duration.ofMillis(400));
        }
        assertThat(queries.get()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(2));
        assertThat(gauge("simon.tenants", "active")).isEqualTo(4);
        assertThat(queries.get()).isEqualTo(2);
    }

    @Test
    void while_the_database_cannot_be_read_the_last_figures_stay() {
        new FleetMetrics(registry, this::read, Duration.ofSeconds(5), clock);
        databaseDown = true;
        assertThat(gauge("simon.tenants", "active")).isNaN();

        databaseDown = false;
        clock.advance(Duration.ofSeconds(5));
        assertThat(gauge("simon.tenants", "active")).isEqualTo(2);
        databaseDown = true;
        clock.advance(Duration.ofSeconds(5));
        assertThat(gauge("simon.tenants", "active")).isEqualTo(2);
    }

    private double gauge(String name, String state) {
        return registry.get(name).tag("state", state).gauge().value();
    }
}
