package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;
import nl.simon.factuursturen.emulator.Fault;
import nl.simon.testing.Api;
import nl.simon.testing.HeadlessChromium;
import nl.simon.testing.OfficePages;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import nl.simon.testing.Wizard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15 "live state without F5" in a real Chromium: the invoice card goes from "In de wachtrij" to "Verstuurd"
 * by itself, the status page shows the first import's progress as it runs, and "Controleer" answers in place in
 * view. Each test marks the page's window; the mark surviving proves the page was not reloaded. No CSP violation
 * reaches the console.
 */
@SimonIT
class LiveStateBrowserIT {
    private static FactuurSturenEmulator emulator;
    private static HeadlessChromium chromium;
    private static WebDriver browser;
    private static WebDriverWait slowWait;

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    OfficePages pages;
    TestTenant tenant;
    Api admin;
    EmulatedAccount account;
    Wizard wizard;

    @BeforeAll
    static void start() {
        emulator = FactuurSturenEmulator.start(0);
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        slowWait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @AfterEach
    void clearFaults() {
        emulator.clearFaults();
    }

    private void tenantWithAccount() {
        pages = new OfficePages(chromium, port);
        tenant = tenants.create();
        admin = Api.at(port, tenant.adminEmail(), tenant.password());
        String username = "fs-" + UUID.randomUUID();
        String key = "key-" + UUID.randomUUID();
        account = emulator.createAccount(username, key);
        wizard = new Wizard(admin, emulator.baseUrl(), username, key);
    }

    private void products() {
        account.create("products", Map.of("code", "0001", "name", "Reistijd", "price", "45.00", "taxes", "21"));
        account.create("products", Map.of("code", "0002", "name", "Werktijd", "price", "62.50", "taxes", "21"));
        account.create("products", Map.of("code", "0003", "name", "Voorrijkosten", "price", "35.00", "taxes", "21"));
    }

    private void logIn() {
        pages.open("/login");
        browser.manage().deleteAllCookies();
        pages.logIn(tenant.adminEmail());
        chromium.console();
    }

    @Test
    void the_invoice_state_changes_from_queued_to_sent_without_a_reload() {
        tenantWithAccount();
        products();
        String clientnr = account.create(
                "clients",
                Map.of(
                        "company",
                        "Bakkerij Jansen",
                        "address",
                        "Dorpsstraat 1",
                        "zipcode",
                        "1234 AB",
                        "city",
                        "Utrecht"));
        wizard.activate();
        wizard.awaitImport();
        logIn();
        long customer = admin.get("/api/customers")
                .json()
                .valueStream()
                .filter(c -> clientnr.equals(c.get("fsClientNr").asString()))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        long id = admin.post("/api/work-orders", "{\"customerId\": %d, \"description\": \"Kraan\"}".formatted(customer))
                .id();
        admin.post(
                "/api/work-orders/" + id + "/timesheets",
                "{\"employee\": \"Pieter\", \"workMinutes\": 60, \"travelMinutes\": 15}");
        assertThat(admin.post("/api/work-orders/" + id + "/complete").status()).isEqualTo(200);
        // FactuurSturen answers the draft late, so the page sees it queued first
        emulator.addFault(Fault.delayed("POST", "invoices", 6_000));
        assertThat(admin.post("/api/work-orders/" + id + "/archive").status()).isEqualTo(200);

        pages.open("/work-orders/" + id);
        assertThat(pages.text(By.id("work-order-invoice"))).isEqualTo("In de wachtrij");
        mark();
        slowWait.until(driver -> "Verstuurd als conceptfactuur WB 1".equals(textOrNull(By.id("work-order-invoice"))));
        assertThat(marked()).as("the page was not reloaded").isTrue();
        assertThat(browser.findElement(By.id("invoice")).getAttribute("hx-trigger"))
                .as("a sent invoice stops polling")
                .isNull();
        assertThat(account.count("invoices_saved")).isEqualTo(1);
        assertNoCspViolation();
    }

    @Test
    void the_status_page_shows_the_import_progressing_by_itself() {
        tenantWithAccount();
        for (int i = 0; i < 20_000; i++) {
            account.create(
                    "clients",
                    Map.of("company", "Klant " + i, "address", "Straat " + i, "zipcode", "1234 AB", "city", "Utrecht"));
        }
        // every page of clients comes a little late, so the bar is seen moving (issue 15: 20,000 customers)
        emulator.addFault(new Fault("clients", "GET", 0, -1, false, 400));
        logIn();
        wizard.activate();
        pages.open("/integration/status");
        mark();
        slowWait.until(driver -> !driver.findElements(By.id("import-progress")).isEmpty());
        long first = progress();
        assertThat(pages.text(By.id("import-progress-text"))).matches("[0-9.]+ van 20\\.000");
        assertThat(browser.findElement(By.id("import-progress")).getAttribute("max"))
                .isEqualTo("20000");
        slowWait.until(driver -> driver.findElements(By.id("import-progress")).isEmpty() || progress() > first);
        emulator.clearFaults();
        // read once: the poll may swap the fragment between two reads
        slowWait.until(driver -> String.valueOf(textOrNull(By.id("initial-import")))
                .startsWith("20.000 klanten en artikelen ingelezen, klaar op"));
        assertThat(browser.findElements(By.id("import-progress")))
                .as("no bar once done")
                .isEmpty();
        assertThat(marked()).as("the page was not reloaded").isTrue();
        assertNoCspViolation();
    }

    @Test
    void controleer_answers_in_place_in_view() {
        tenantWithAccount();
        products();
        wizard.activate();
        wizard.awaitImport();
        logIn();
        pages.open("/integration/wizard?step=settings");
        mark();
        WebElement field = browser.findElement(By.id("settings-workTimeProductCode"));
        field.clear();
        field.sendKeys("0002");
        WebElement button = browser.findElement(By.id("check-workTimeProductCode"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        slowWait.until(driver -> textOrNull(By.id("settings-workTimeProductCode-check")) != null);
        assertThat(pages.text(By.id("settings-workTimeProductCode-check")))
                .contains("0002")
                .contains("Werktijd")
                .contains("62,50");
        assertThat(inView(By.id("settings-workTimeProductCode-check")))
                .as("the answer is in view")
                .isTrue();
        assertThat(marked()).as("answered in place, not by a reload").isTrue();
        assertThat(browser.findElement(By.id("settings-workTimeProductCode")).getAttribute("value"))
                .isEqualTo("0002");

        WebElement travel = browser.findElement(By.id("settings-travelTimeProductCode"));
        travel.clear();
        travel.sendKeys("9999");
        browser.findElement(By.id("check-travelTimeProductCode")).click();
        slowWait.until(driver -> textOrNull(By.id("settings-travelTimeProductCode-check")) != null);
        assertThat(pages.text(By.id("settings-travelTimeProductCode-check"))).contains("9999");
        assertThat(inView(By.id("settings-travelTimeProductCode-check"))).isTrue();
        assertThat(marked()).isTrue();
        assertNoCspViolation();
    }

    private void mark() {
        ((JavascriptExecutor) browser).executeScript("window.simonLiveMark = 'still here';");
    }

    private boolean marked() {
        return "still here".equals(((JavascriptExecutor) browser).executeScript("return window.simonLiveMark;"));
    }

    private boolean inView(By by) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript(
                        "const r = arguments[0].getBoundingClientRect();"
                                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                        browser.findElement(by)));
    }

    private long progress() {
        List<WebElement> bar = browser.findElements(By.id("import-progress"));
        try {
            return bar.isEmpty() ? -1 : Long.parseLong(bar.get(0).getAttribute("value"));
        } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
            return -1;
        }
    }

    private String textOrNull(By by) {
        List<WebElement> found = browser.findElements(by);
        try {
            return found.isEmpty() ? null : found.get(0).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
            return null;
        }
    }

    private void assertNoCspViolation() {
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.htmx;"))
                .as("htmx is loaded")
                .isEqualTo("object");
        assertThat(chromium.console())
                .noneMatch(line -> line.contains("Content Security Policy") || line.contains("Refused to"));
    }
}
