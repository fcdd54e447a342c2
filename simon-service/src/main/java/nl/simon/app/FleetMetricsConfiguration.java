package nl.simon.app;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import nl.simon.adapter.persistence.JdbcFleet;
import nl.simon.adapter.scheduling.FleetMetrics;
import nl.simon.integration.jobs.Fleet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The operator's figures on /actuator/prometheus (issue 16, item 3), read at most once per 5 seconds. */
@Configuration(proxyBeanMethods = false)
class FleetMetricsConfiguration {
    static final Duration MAX_AGE = Duration.ofSeconds(5);

    @Bean
    Fleet fleet(JdbcClient jdbc) {
        return new JdbcFleet(jdbc);
    }

    @Bean
    FleetMetrics fleetMetrics(MeterRegistry registry, Fleet fleet, Clock clock) {
        return new FleetMetrics(registry, fleet::figures, MAX_AGE, clock);
    }
}
