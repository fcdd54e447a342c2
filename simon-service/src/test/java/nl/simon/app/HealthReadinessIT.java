package nl.simon.app;

import static org.assertj.core.api.Assertions.assertThat;

import nl.simon.testing.Api;
import nl.simon.testing.SimonIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 12, item 12: {@code /actuator/health} is UP only when the service can serve. It follows the
 * readiness state, which turns ACCEPTING_TRAFFIC only after every startup runner (migrations, demo data) has
 * finished and back to REFUSING_TRAFFIC when shutting down; {@code DemoProcessIT} checks the real start: at the
 * moment health first says UP, the demo user logs in.
 */
@SimonIT
class HealthReadinessIT {
    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void health_is_out_of_service_while_the_service_does_not_accept_traffic() {
        Api anonymous = Api.anonymous(port);
        assertThat(anonymous.get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
        try {
            AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

            Api.Response starting = anonymous.get("/actuator/health");
            assertThat(starting.status()).isEqualTo(503);
            assertThat(starting.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    }
}
