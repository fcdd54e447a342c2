package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15 item 2 in a real Chromium against the emulator: a time entry and a used item are changed and
 * removed on the work order page and the draft preview follows; "1,5" is 1.5 in a Dutch and an English
 * browser alike, and a number with a thousands separator is a red field message.
 */
@SimonIT
class CorrectionsBrowserIT {
    private static final String SETTINGS = """
            {"quotationsToWorkOrders": false, "quotationFilterWord": null, "quotationLinesAsUsedItems": true,
             "workDescriptionSource": "QUOTATION_NAME", "customerReferenceSource": "QUOTATION_REFERENCE",
             "travelTimeProductCode": "0001", "workTimeProductCode": "0002", "standardProductCode": "0003",
             "workOrderExclusionWord": "garantie", "descriptionAsFirstLine": true,
             "invoiceReference": "WORK_ADDRESS", "invoiceName": "WORK_ORDER_NUMBER"}""";

    private static FactuurSturenEmulator emulator;

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    HeadlessChromium chromium;
    WebDriver browser;
    OfficePages pages;
    TestTenant tenant;
    Api admin;
    String clientnr;

    @BeforeAll
    static void start() {
        emulator = FactuurSturenEmulator.start(0);
    }

    @AfterAll
    static void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @BeforeEach
    void activatedTenant() {
        tenant = tenants.create();
        admin = Api.at(port, tenant.adminEmail(), tenant.password());
        String username = "fs-" + UUID.randomUUID();
        String key = "key-" + UUID.randomUUID();
        EmulatedAccount account = emulator.createAccount(username, key);
        account.create("products", Map.of("code", "0001", "name", "Reistijd", "price", "45.00", "taxes", "21"));
        account.create("products", Map.of("code", "0002", "name", "Werktijd", "price", "62.50", "taxes", "21"));
        account.create("products", Map.of("code", "0003", "name", "Voorrijkosten", "price", "35.00", "taxes", "21"));
        clientnr = account.create(
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
        Wizard wizard = new Wizard(admin, emulator.baseUrl(), username, key);
        wizard.activate();
        wizard.awaitImport();
        assertThat(admin.send("PUT", "/api/integration/settings", "application/json", SETTINGS)
                        .status())
                .isEqualTo(200);
        assertThat(admin.post("/api/items", """
                {"code": "1001", "name": "Thermostaatkraan", "price": 34.50, "vatPercentage": 21}""").status()).isEqualTo(201);
    }

    @AfterEach
    void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private void browserIn(String language) {
        chromium = HeadlessChromium.start(language);
        browser = chromium.driver();
        pages = new OfficePages(chromium, port);
        pages.open("/login");
        browser.manage().deleteAllCookies();
        pages.open("/login");
        pages.fill("username", tenant.adminEmail());
        pages.fill("password", TestTenants.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        // the first page after login, in the browser's language (a loaded machine may need more than 10 s)
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(60))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(
                        By.tagName("h1"), "nl".equals(language) ? "Werkbonnen" : "Work orders"));
    }

    private long workOrderWithTimeAndItem() {
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
                "{\"employee\": \"Pieter\", \"workMinutes\": 120, \"travelMinutes\": 15}");
        long item = admin.get("/api/items")
                .json()
                .valueStream()
                .filter(i -> "1001".equals(i.get("code").asString()))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        admin.post("/api/work-orders/" + id + "/used-items", "{\"itemId\": %d, \"quantity\": 2}".formatted(item));
        return id;
    }

    @Test
    void a_time_entry_and_a_used_item_are_changed_and_removed_and_the_preview_follows() {
        browserIn("nl");
        long id = workOrderWithTimeAndItem();
        var body = admin.get("/api/work-orders/" + id).json();
        long timeSheet = body.at("/timesheets/0/id").asLong();
        long usedItem = body.at("/usedItems/0/id").asLong();

        pages.open("/work-orders/" + id);
        chromium.screenshot("corrections-before");
        assertThat(browser.findElements(By.id("preview-reason")))
                .as("a draft, not a reason")
                .isEmpty();
        assertThat(pages.text(By.id("preview-warnings")))
                .contains("Artikel 1001 Thermostaatkraan is in Simon gemaakt", "€ 34,50");
        assertThat(rows())
                .contains(
                        List.of("2", "0002 Werktijd", "€ 62,50", "21%"),
                        List.of("0,25", "0001 Reistijd", "€ 45,00", "21%"));
        assertThat(quantities()).contains("2");

        browser.findElement(By.id("edit-timesheet-" + timeSheet)).click();
        pages.fill("edit-time-" + timeSheet + "-workMinutes", "90");
        pages.fill("edit-time-" + timeSheet + "-travelMinutes", "30");
        pages.submit("save-timesheet-" + timeSheet, "De tijdregel op werkbon 1 is gewijzigd.");
        assertThat(pages.text(By.id("total-work"))).isEqualTo("1:30");
        assertThat(pages.text(By.id("total-travel"))).isEqualTo("0:30");
        assertThat(rows())
                .contains(
                        List.of("1,5", "0002 Werktijd", "€ 62,50", "21%"),
                        List.of("0,5", "0001 Reistijd", "€ 45,00", "21%"));

        browser.findElement(By.id("edit-used-item-" + usedItem)).click();
        assertThat(browser.findElement(By.id("edit-item-" + usedItem + "-quantity"))
                        .getAttribute("value"))
                .isEqualTo("2");
        pages.fill("edit-item-" + usedItem + "-quantity", "1,5");
        pages.submit("save-used-item-" + usedItem, "Het aantal op werkbon 1 is gewijzigd.");
        assertThat(browser.findElements(By.cssSelector("#used-items tbody td:not(.row-actions)")))
                .extracting(WebElement::getText)
                .containsExactly("1001", "Thermostaatkraan", "€ 34,50", "1,5");
        assertThat(quantities()).contains("1,5").doesNotContain("2");

        browser.findElement(By.id("edit-used-item-" + usedItem)).click();
        pages.fill("edit-item-" + usedItem + "-quantity", "1.234,5");
        browser.findElement(By.id("save-used-item-" + usedItem)).click();
        chromium.waiting()
                .until(d -> !d.findElements(By.id("edit-item-" + usedItem + "-quantity-error"))
                        .isEmpty());
        WebElement error = browser.findElement(By.id("edit-item-" + usedItem + "-quantity-error"));
        assertThat(error.getText()).contains("duizendtallen");
        assertThat(HeadlessChromium.isRed(error)).isTrue();
        assertThat(admin.get("/api/work-orders/" + id)
                        .json()
                        .at("/usedItems/0/quantity")
                        .decimalValue())
                .isEqualByComparingTo("1.5");

        browser.findElement(By.id("remove-used-item-" + usedItem)).click();
        // removing asks first (RemoveConfirmBrowserIT)
        chromium.waiting().until(ExpectedConditions.alertIsPresent()).accept();
        chromium.waiting()
                .until(ExpectedConditions.textToBe(By.id("notice"), "Het artikel is verwijderd van werkbon 1."));
        assertThat(browser.findElements(By.id("used-item-" + usedItem))).isEmpty();
        assertThat(rows()).noneMatch(row -> row.size() > 1 && row.get(1).contains("Thermostaatkraan"));

        browser.findElement(By.id("remove-timesheet-" + timeSheet)).click();
        // removing asks first (RemoveConfirmBrowserIT)
        chromium.waiting().until(ExpectedConditions.alertIsPresent()).accept();
        chromium.waiting()
                .until(ExpectedConditions.textToBe(By.id("notice"), "De tijdregel is verwijderd van werkbon 1."));
        assertThat(browser.findElements(By.id("timesheet-" + timeSheet))).isEmpty();
        assertThat(rows()).noneMatch(row -> row.size() > 1 && row.get(1).contains("Werktijd"));
        chromium.screenshot("corrections-removed");

        admin.post("/api/work-orders/" + id + "/complete");
        admin.post("/api/work-orders/" + id + "/archive");
        pages.open("/work-orders/" + id);
        assertThat(browser.findElements(By.cssSelector(".row-actions")))
                .as("nothing to correct once archived")
                .isEmpty();
    }

    @Test
    void a_planning_is_changed_in_dutch_time_and_a_blank_employee_is_refused_in_red() {
        browserIn("nl");
        long id = workOrderWithTimeAndItem();
        admin.post(
                "/api/work-orders/" + id + "/plannings",
                "{\"employee\": \"Pieter\", \"start\": \"2026-06-19T07:30:00Z\"}");
        long planning =
                admin.get("/api/work-orders/" + id).json().at("/plannings/0/id").asLong();

        pages.open("/work-orders/" + id);
        browser.findElement(By.id("edit-planning-" + planning)).click();
        WebElement start = browser.findElement(By.id("edit-planning-" + planning + "-start"));
        assertThat(start.getAttribute("value")).as("summer time in Amsterdam").isEqualTo("2026-06-19T09:30");
        pages.fill("edit-planning-" + planning + "-employee", "Klaas");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", start, "2026-12-03T14:15");
        pages.submit("save-planning-" + planning, "De planning op werkbon 1 is gewijzigd.");
        assertThat(browser.findElements(By.cssSelector("#planning-" + planning + " td:not(.row-actions)")))
                .extracting(WebElement::getText)
                .containsExactly("Klaas", "03-12-2026 14:15");
        assertThat(admin.get("/api/work-orders/" + id)
                        .json()
                        .at("/plannings/0/start")
                        .asString())
                .isEqualTo("2026-12-03T13:15:00Z");

        browser.findElement(By.id("edit-planning-" + planning)).click();
        pages.fill("edit-planning-" + planning + "-employee", " ");
        browser.findElement(By.id("save-planning-" + planning)).click();
        chromium.waiting()
                .until(d -> !d.findElements(By.id("edit-planning-" + planning + "-employee-error"))
                        .isEmpty());
        WebElement error = browser.findElement(By.id("edit-planning-" + planning + "-employee-error"));
        assertThat(error.getText()).isEqualTo("Dit veld is verplicht.");
        assertThat(HeadlessChromium.isRed(error)).isTrue();
        assertThat(admin.get("/api/work-orders/" + id)
                        .json()
                        .at("/plannings/0/employee")
                        .asString())
                .isEqualTo("Klaas");
    }

    @Test
    void one_comma_five_is_one_and_a_half_in_an_english_browser() {
        browserIn("en");
        long id = workOrderWithTimeAndItem();

        pages.open("/work-orders/" + id);
        pages.pick("used-items-itemId", "1001", "1001");
        pages.fill("used-items-quantity", "1,5");
        pages.submit("add-used-item", "The item has been added to work order 1.");
        pages.fill("used-items-quantity", "2.5");
        pages.pick("used-items-itemId", "1001", "1001");
        pages.submit("add-used-item", "The item has been added to work order 1.");

        assertThat(admin.get("/api/work-orders/" + id)
                        .json()
                        .get("usedItems")
                        .valueStream()
                        .map(u -> u.get("quantity")
                                .decimalValue()
                                .stripTrailingZeros()
                                .toPlainString()))
                .containsExactly("2", "1.5", "2.5");

        pages.fill("used-items-quantity", "1,234.5");
        pages.pick("used-items-itemId", "1001", "1001");
        browser.findElement(By.id("add-used-item")).click();
        chromium.waiting()
                .until(d -> !d.findElements(By.id("used-items-quantity-error")).isEmpty());
        assertThat(pages.text(By.id("used-items-quantity-error"))).contains("thousands separator");
        assertThat(admin.get("/api/work-orders/" + id).json().get("usedItems").size())
                .isEqualTo(3);
    }

    private List<List<String>> rows() {
        return browser.findElements(By.cssSelector("#preview-lines tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
    }

    /** The quantities of the preview's item lines (code 1001). */
    private List<String> quantities() {
        return rows().stream()
                .filter(row -> row.size() > 1 && row.get(1).startsWith("1001"))
                .map(row -> row.get(0))
                .toList();
    }
}
