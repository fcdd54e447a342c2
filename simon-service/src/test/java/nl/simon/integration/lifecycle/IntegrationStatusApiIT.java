package nl.simon.integration.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.simon.testing.Api;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import nl.simon.testing.Wizard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, item 10: {@code GET /api/integration} says how the pulls really run (extra fields, nothing
 * renamed): the configured interval, the next planned pull as the job table holds it, and whether a pull is
 * overdue, e.g. when the tenant is active but has no pull job.
 */
@SimonIT
class IntegrationStatusApiIT {
    @RegisterExtension
    static final EmulatorExtension fs = new EmulatorExtension();

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcClient jdbc;

    TestTenant tenant;
    Api admin;
    Wizard wizard;

    @BeforeEach
    void connectedTenant() {
        EmulatorExtension.Connected connected = fs.newTenant(tenants);
        tenant = connected.tenant();
        admin = connected.admin();
        wizard = connected.wizard();
    }

    @Test
    void the_status_names_the_interval_the_next_pull_from_the_job_table_and_whether_a_pull_is_overdue() {
        JsonNode before = admin.get("/api/integration").json();
        assertThat(before.get("syncIntervalSeconds").asLong())
                .isEqualTo(Duration.ofMinutes(5).toSeconds());
        assertThat(before.get("nextSyncAt").isNull())
                .as("not active: nothing planned")
                .isTrue();
        assertThat(before.get("syncOverdue").asBoolean())
                .as("not active: nothing overdue")
                .isFalse();

        wizard.activate();
        wizard.awaitImport();

        JsonNode active = admin.get("/api/integration").json();
        Instant planned = jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'fs-sync'"
                        + " AND task_instance = :t")
                .param("t", String.valueOf(tenant.tenant().id().value()))
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(Instant.parse(active.get("nextSyncAt").asString()).truncatedTo(ChronoUnit.MILLIS))
                .isEqualTo(planned.truncatedTo(ChronoUnit.MILLIS));
        assertThat(planned).isAfter(Instant.now().plus(Duration.ofMinutes(4)));
        assertThat(active.get("syncOverdue").asBoolean()).isFalse();
        assertThat(active.get("status").asString()).isEqualTo("ACTIVE");

        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = 'fs-sync' AND task_instance = :t")
                .param("t", String.valueOf(tenant.tenant().id().value()))
                .update();

        JsonNode stopped = admin.get("/api/integration").json();
        assertThat(stopped.get("nextSyncAt").isNull()).isTrue();
        assertThat(stopped.get("syncOverdue").asBoolean())
                .as("active without a pull job")
                .isTrue();
    }
}
