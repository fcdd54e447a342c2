package nl.simon.deploy;

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
 * Issue 16, item 4: every path the Kubernetes manifests probe is an endpoint the service really has, answering 200
 * without login: startup and readiness on {@code /actuator/health}, which keeps its contract body {"status":"UP"} (no
 * health groups listed in it), liveness on {@code /actuator/info}. The readiness probe turns 503 while the service
 * refuses traffic (starting, stopping) and the liveness probe stays 200 then (a pod that is starting or stopping is not
 * restarted).
 */
@SimonIT
class DeployProbesIT {
    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void the_probed_paths_answer_up_and_readiness_follows_the_readiness_state() {
        Api anonymous = Api.anonymous(port);
        assertThat(DeployProbes.paths()).hasSize(3);
        DeployProbes.paths().forEach((probe, path) -> {
            Api.Response answer = anonymous.get(path);
            assertThat(answer.status()).as(probe + " " + path).isEqualTo(200);
            if (path.equals("/actuator/health")) {
                assertThat(answer.body()).as(probe + " " + path).isEqualTo("{\"status\":\"UP\"}");
            }
        });
        try {
            AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
            assertThat(anonymous.get(DeployProbes.paths().get("readinessProbe")).status())
                    .isEqualTo(503);
            assertThat(anonymous.get(DeployProbes.paths().get("livenessProbe")).status())
                    .isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }
}
