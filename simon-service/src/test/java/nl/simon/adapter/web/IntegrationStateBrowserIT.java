package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;
import nl.simon.factuursturen.emulator.Fault;
import nl.simon.testing.Api;
import nl.simon.testing.ChromiumExtension;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.OfficePages;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12, item 10: what the pages say is what happens. A suspended integration is not shown as a green
 * ACTIEF: the status page, the Integraties card, a banner on every other page and a queued work order's
 * invoice panel all say it is suspended and what to do. Pulls that stopped show as overdue, and the status
 * page shows the configured interval and the next planned pull.
 */
@SimonIT
class IntegrationStateBrowserIT {
    @RegisterExtension
    static final EmulatorExtension fs = new EmulatorExtension();

    @RegisterExtension
    static final ChromiumExtension chromium = new ChromiumExtension();

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcClient jdbc;

    FactuurSturenEmulator emulator;
    WebDriver browser;
    OfficePages pages;
    TestTenant tenant;
    Api admin;
    String clientnr;

    @BeforeEach
    void activatedTenantLoggedIn() {
        EmulatorExtension.Connected connected = fs.newTenant(tenants);
        clientnr = connected.addBakkerijJansen();
        connected.activated();
        emulator = fs.emulator();
        browser = chromium.driver();
        tenant = connected.tenant();
        admin = connected.admin();
        pages = chromium.freshSession(port);
        pages.logIn(tenant.adminEmail());
    }

    @Test
    void a_suspended_integration_says_so_on_every_page_with_the_action_to_take() {
        pages.open("/integration/status");
        assertThat(pages.text(By.id("integration-status"))).isEqualTo("ACTIEF");
        assertThat(browser.findElements(By.id("integration-alert"))).isEmpty();

        emulator.addFault(new Fault("invoices", "POST", 401, -1, false, 0));
        long id = completedWorkOrder();
        admin.post("/api/work-orders/" + id + "/archive");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "UNAUTHORIZED".equals(admin.get("/api/integration").text("suspendedReason")));

        pages.open("/integration/status");
        assertThat(pages.text(By.id("integration-status"))).isEqualTo("STILGEZET");
        assertThat(browser.findElement(By.id("integration-status")).getAttribute("class"))
                .contains("integration-SUSPENDED")
                .doesNotContain("integration-ACTIVE");
        assertThat(pages.text(By.id("integration-alert-problem"))).contains("stilgezet", "weigert de API-sleutel");
        assertThat(pages.text(By.id("integration-alert-action"))).contains("Koppel opnieuw");
        assertThat(pages.text(By.id("integration-alert-link"))).isEqualTo("OPNIEUW KOPPELEN");
        assertThat(browser.findElement(By.id("integration-alert-link")).getAttribute("href"))
                .endsWith("/integration/wizard?step=connect");
        assertThat(browser.findElements(By.id("sync-now"))).isEmpty();
        chromium.screenshot("integration-state-1-status-suspended");

        pages.open("/integrations");
        assertThat(pages.text(By.id("integration-status"))).isEqualTo("STILGEZET");
        assertThat(pages.text(By.id("integration-problem"))).contains("weigert de API-sleutel", "Koppel opnieuw");

        pages.open("/customers");
        assertThat(pages.text(By.id("integration-alert-problem"))).contains("stilgezet");

        pages.open("/work-orders/" + id);
        assertThat(pages.text(By.id("work-order-invoice"))).isEqualTo("In de wachtrij");
        assertThat(pages.text(By.id("invoice-queued"))).contains("stilgezet").doesNotContain("binnen enkele seconden");
        assertThat(pages.text(By.id("invoice-queued-action"))).contains("Koppel opnieuw", "OPNIEUW KOPPELEN");
        assertThat(pages.text(By.id("integration-alert-problem"))).contains("stilgezet");
        chromium.screenshot("integration-state-2-work-order-queued-while-suspended");

        browser.findElement(By.id("lang-en")).click();
        chromium.waiting().until(ExpectedConditions.textToBe(By.id("work-order-invoice"), "Queued"));
        assertThat(pages.text(By.id("invoice-queued"))).contains("suspended");
        assertThat(pages.text(By.id("integration-alert-problem"))).contains("refuses the API key");
        browser.findElement(By.id("lang-nl")).click();
        chromium.waiting().until(ExpectedConditions.textToBe(By.id("work-order-invoice"), "In de wachtrij"));

        browser.manage().deleteAllCookies();
        pages.logIn(tenant.officeEmail());
        assertThat(pages.text(By.id("integration-alert-action"))).contains("Vraag een beheerder");
        assertThat(browser.findElement(By.id("integration-alert-link")).getAttribute("href"))
                .endsWith("/integration/status");
        pages.open("/integrations");
        assertThat(pages.text(By.id("integration-status"))).isEqualTo("STILGEZET");
    }

    @Test
    void the_status_page_shows_the_interval_the_next_pull_and_warns_when_pulls_stopped() {
        pages.open("/integration/status");
        assertThat(pages.text(By.id("sync-interval"))).isEqualTo("elke 5 minuten");
        assertThat(pages.text(By.id("sync-hint"))).isEqualTo("Simon synchroniseert vanzelf elke 5 minuten.");
        assertThat(pages.text(By.id("next-sync"))).matches("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d");
        assertThat(browser.findElements(By.cssSelector("#sync-overdue, #integration-alert")))
                .isEmpty();

        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = 'fs-sync' AND task_instance = :t")
                .param("t", String.valueOf(tenant.tenant().id().value()))
                .update();

        pages.open("/integration/status");
        assertThat(pages.text(By.id("next-sync"))).isEqualTo("niet gepland");
        assertThat(pages.text(By.id("sync-overdue"))).contains("geen ophaalronde gepland");
        assertThat(pages.text(By.id("integration-alert-action"))).contains("Nu synchroniseren");
        pages.open("/work-orders");
        assertThat(pages.text(By.id("integration-alert-problem"))).contains("geen ophaalronde gepland");
        chromium.screenshot("integration-state-3-pulls-stopped");

        pages.open("/integration/status");
        pages.submit("sync-now", "Simon synchroniseert nu met FactuurSturen.");
        assertThat(browser.findElements(By.id("sync-overdue"))).isEmpty();
        assertThat(pages.text(By.id("next-sync"))).matches("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d");
    }

    private long completedWorkOrder() {
        long customer = admin.customerWithFsNumber(clientnr);
        long id = admin.post("/api/work-orders", "{\"customerId\": %d, \"description\": \"Kraan\"}".formatted(customer))
                .id();
        admin.post(
                "/api/work-orders/" + id + "/timesheets",
                "{\"employee\": \"Pieter\", \"workMinutes\": 60, \"travelMinutes\": 0}");
        admin.post("/api/work-orders/" + id + "/complete");
        return id;
    }
}
