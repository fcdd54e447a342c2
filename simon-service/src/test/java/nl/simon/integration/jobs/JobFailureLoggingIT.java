package nl.simon.integration.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.simon.factuursturen.emulator.Fault;
import nl.simon.testing.Api;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/** Operators read logs with tools: a transient FactuurSturen failure of a job is one line, without a stack trace. */
@SimonIT
class JobFailureLoggingIT {
    @RegisterExtension
    static final EmulatorExtension fs = new EmulatorExtension();

    @Autowired
    TestTenants tenants;

    final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    Logger root;

    @BeforeEach
    void captureTheLog() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        lines.start();
        root.addAppender(lines);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(lines);
    }

    @Test
    void a_sync_run_failing_because_factuursturen_is_unreachable_is_logged_as_one_line_without_a_stack_trace() {
        EmulatorExtension.Connected connected = fs.newTenant(tenants);
        connected.account().create("clients", Map.of("company", "A"));
        connected.activated();
        Api admin = connected.admin();
        fs.emulator().addFault(new Fault("clients", "GET", 503, -1, false, 0));

        admin.post("/api/integration/sync");

        // Other tests' tenants in this JVM may fail their own pulls meanwhile: wait for this tenant's line.
        String tenant = "(tenant " + connected.tenant().tenant().id().value() + ")";
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> failureLines().stream()
                        .anyMatch(event -> event.getFormattedMessage().contains(tenant)));
        List<ILoggingEvent> failures = failureLines();
        assertThat(failures)
                .allSatisfy(event -> assertThat(event.getThrowableProxy()).isNull());
        assertThat(failures)
                .anySatisfy(
                        event -> assertThat(event.getFormattedMessage()).contains("fs-sync", tenant, "FactuurSturen"));
    }

    /** Lines about a failed fs-sync run, or carrying a FactuurSturen failure as their stack trace. */
    private List<ILoggingEvent> failureLines() {
        synchronized (lines) {
            return List.copyOf(lines.list).stream()
                    .filter(event -> carriesFsFailure(event.getThrowableProxy())
                            || event.getFormattedMessage().contains("fs-sync"))
                    .toList();
        }
    }

    private static boolean carriesFsFailure(IThrowableProxy throwable) {
        for (IThrowableProxy t = throwable; t != null; t = t.getCause()) {
            if (t.getClassName().startsWith("nl.simon.integration.fs.FsFailure")) {
                return true;
            }
        }
        return false;
    }
}
