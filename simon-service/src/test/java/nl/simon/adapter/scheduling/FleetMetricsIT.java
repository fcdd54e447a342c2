package nl.simon.adapter.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.simon.factuursturen.emulator.Fault;
import nl.simon.testing.Api;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.FsAccountData;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16, item 3: {@code /actuator/prometheus} shows the companies per integration state, queued and failed
 * pushes, the oldest queued push's age and the companies whose pull is failing. The shared database holds other
 * tests' companies too, so the test reads the figures before and expects its own companies on top.
 */
@SimonIT
class FleetMetricsIT {
    static final String SETTINGS = """
            {"quotationsToWorkOrders": false, "quotationFilterWord": null, "quotationLinesAsUsedItems": true,
             "workDescriptionSource": "QUOTATION_NAME", "customerReferenceSource": "QUOTATION_REFERENCE",
             "travelTimeProductCode": "0001", "workTimeProductCode": "0002", "standardProductCode": "0003",
             "workOrderExclusionWord": null, "descriptionAsFirstLine": false,
             "invoiceReference": "WORK_ADDRESS", "invoiceName": "WORK_ORDER_NUMBER"}""";
    private static final Pattern SAMPLE = Pattern.compile("^(simon_[a-z_]+(?:\\{[^}]*})?) (\\S+)$", Pattern.MULTILINE);

    @RegisterExtension
    static final EmulatorExtension fs = new EmulatorExtension();

    @Autowired
    TestTenants tenants;

    @LocalServerPort
    int port;

    @Test
    void the_figures_count_each_state_the_pushes_and_the_failing_pulls() {
        Map<String, Double> before = figures();

        tenants.create(); // not activated
        Api active = activated().admin();
        long simonCustomer =
                active.post("/api/customers", "{\"name\": \"Eigen Klant\"}").id();
        long failed = archived(active, simonCustomer);

        EmulatorExtension.Connected suspended = activated();
        long customer = fsCustomer(suspended.admin());
        refuseKeyAndSync(suspended.admin());
        archived(suspended.admin(), customer);
        archived(suspended.admin(), customer);

        Api inactive = activated().admin();
        assertThat(inactive.post("/api/integration/deactivate").status()).isEqualTo(200);

        Api pullFailing = activated().admin();
        fs.emulator().addFault(new Fault("clients", "GET", 503, -1, false, 0));
        assertThat(pullFailing.post("/api/integration/sync").status()).isEqualTo(202);

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Double> now = figures();
            assertThat(delta(before, now, "simon_tenants{state=\"not_activated\"}"))
                    .isEqualTo(1);
            assertThat(delta(before, now, "simon_tenants{state=\"active\"}")).isEqualTo(2);
            assertThat(delta(before, now, "simon_tenants{state=\"suspended\"}")).isEqualTo(1);
            assertThat(delta(before, now, "simon_tenants{state=\"inactive\"}")).isEqualTo(1);
            assertThat(delta(before, now, "simon_pushes_queued")).isEqualTo(2);
            assertThat(delta(before, now, "simon_pushes_failed")).isEqualTo(1);
            assertThat(delta(before, now, "simon_tenants_pull_failing")).isGreaterThanOrEqualTo(1);
            assertThat(now.get("simon_push_oldest_queued_age_seconds")).isPositive();
        });
        fs.emulator().clearFaults();
        assertThat(active.get("/api/work-orders/" + failed)
                        .json()
                        .at("/invoiceSync/state")
                        .asString())
                .isEqualTo("FAILED");
    }

    private EmulatorExtension.Connected activated() {
        EmulatorExtension.Connected connected = fs.newTenant(tenants);
        FsAccountData.products(connected.account(), "0001", "0002", "0003");
        connected.addBakkerijJansen();
        return connected.activated().withSettings(SETTINGS);
    }

    /** Bakkerij Jansen, pulled from FactuurSturen. */
    private static long fsCustomer(Api admin) {
        return admin.get("/api/customers")
                .json()
                .valueStream()
                .filter(c -> !c.get("fsClientNr").isNull())
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
    }

    private void refuseKeyAndSync(Api admin) {
        fs.emulator().addFault(new Fault("", null, 401, -1, false, 0));
        assertThat(admin.post("/api/integration/sync").status()).isEqualTo(202);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> "UNAUTHORIZED".equals(admin.get("/api/integration").text("suspendedReason")));
        fs.emulator().clearFaults();
    }

    private static long archived(Api admin, long customer) {
        long id = admin.post(
                        "/api/work-orders", "{\"customerId\": %d, \"description\": \"Onderhoud\"}".formatted(customer))
                .id();
        admin.post("/api/work-orders/" + id + "/timesheets", "{\"employee\": \"Pieter\", \"workMinutes\": 60}");
        assertThat(admin.post("/api/work-orders/" + id + "/complete").status()).isEqualTo(200);
        assertThat(admin.post("/api/work-orders/" + id + "/archive").status()).isEqualTo(200);
        return id;
    }

    private Map<String, Double> figures() {
        String body = Api.anonymous(port)
                .accepting("text/plain")
                .get("/actuator/prometheus")
                .body();
        Map<String, Double> figures = new java.util.HashMap<>();
        Matcher sample = SAMPLE.matcher(body);
        while (sample.find()) {
            figures.put(sample.group(1), Double.parseDouble(sample.group(2)));
        }
        assertThat(figures)
                .containsKeys(
                        "simon_tenants{state=\"not_activated\"}",
                        "simon_tenants{state=\"active\"}",
                        "simon_tenants{state=\"suspended\"}",
                        "simon_tenants{state=\"inactive\"}",
                        "simon_pushes_queued",
                        "simon_pushes_failed",
                        "simon_push_oldest_queued_age_seconds",
                        "simon_tenants_pull_failing");
        return figures;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> now, String key) {
        return now.get(key) - before.get(key);
    }
}
