package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The draft invoice on the work order page (docs/product.md B3, B4) in a real Chromium against the in-process emulator:
 * the preview of a completed work order, archiving it into a draft, a work order without customer that
 * fails, gets a customer and is sent again; and "Opschonen" on the status page.
 */
@SimonIT
class InvoiceBrowserIT {
    private static final String SETTINGS = """
            {"quotationsToWorkOrders": false, "quotationFilterWord": null, "quotationLinesAsUsedItems": true,
             "workDescriptionSource": "QUOTATION_NAME", "customerReferenceSource": "QUOTATION_REFERENCE",
             "travelTimeProductCode": "0001", "workTimeProductCode": "0002", "standardProductCode": "0003",
             "workOrderExclusionWord": "garantie", "descriptionAsFirstLine": true,
             "invoiceReference": "WORK_ADDRESS", "invoiceName": "WORK_ORDER_NUMBER"}""";

    private static FactuurSturenEmulator emulator;
    private static HeadlessChromium chromium;
    private static WebDriver browser;
    private static WebDriverWait wait;
    /** The push runs within seconds of archiving; a first push after start may take a little longer. */
    private static WebDriverWait pushWait;

    @LocalServerPort
    int port;
    OfficePages pages;
    @Autowired
    TestTenants tenants;

    TestTenant tenant;
    Api admin;
    EmulatedAccount account;
    String clientnr;

    @BeforeAll
    static void start() {
        emulator = FactuurSturenEmulator.start(0);
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        wait = chromium.waiting();
        pushWait = new WebDriverWait(browser, Duration.ofSeconds(30));
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

    @BeforeEach
    void activatedTenantLoggedIn() {
        pages = new OfficePages(chromium, port);
        tenant = tenants.create();
        admin = Api.at(port, tenant.adminEmail(), tenant.password());
        String username = "fs-" + UUID.randomUUID();
        String key = "key-" + UUID.randomUUID();
        account = emulator.createAccount(username, key);
        account.create("products", Map.of("code", "0001", "name", "Reistijd", "price", "45.00", "taxes", "21"));
        account.create("products", Map.of("code", "0002", "name", "Werktijd", "price", "62.50", "taxes", "21"));
        account.create("products", Map.of("code", "0003", "name", "Voorrijkosten", "price", "35.00", "taxes", "21"));
        clientnr = account.create("clients", Map.of("company", "Bakkerij Jansen", "address", "Dorpsstraat 1",
                "zipcode", "1234 AB", "city", "Utrecht"));
        Wizard wizard = new Wizard(admin, emulator.baseUrl(), username, key);
        wizard.activate();
        wizard.awaitImport();
        assertThat(admin.send("PUT", "/api/integration/settings", "application/json", SETTINGS).status())
                .isEqualTo(200);
        pages.open("/login");
        browser.manage().deleteAllCookies();
        pages.logIn(tenant.adminEmail());
    }

    @Test
    void a_completed_work_order_shows_its_draft_and_archiving_sends_exactly_that() {
        long id = workOrder(customerId(), "Kraan lekt\\nin de keuken");
        complete(id, 120, 15);

        pages.open("/work-orders/" + id);
        assertThat(pages.text(By.id("work-order-invoice"))).isEqualTo("Nog niet verstuurd");
        assertThat(pages.text(By.cssSelector("#invoice-preview h2"))).isEqualTo("Voorbeeld conceptfactuur");
        assertThat(pages.text(By.id("preview-name"))).isEqualTo("WB 1");
        assertThat(pages.text(By.id("preview-client"))).isEqualTo(clientnr);
        assertThat(pages.text(By.id("preview-reference"))).isEqualTo("Dorpsstraat 1, 1234 AB Utrecht");
        assertThat(cells("#preview-lines thead th")).containsExactly("AANTAL", "OMSCHRIJVING", "PRIJS", "BTW %");
        assertThat(rows()).containsExactly(List.of("Kraan lekt\nin de keuken"),
                List.of("2", "0002 Werktijd", "€ 62,50", "21%"),
                List.of("0,25", "0001 Reistijd", "€ 45,00", "21%"),
                List.of("1", "0003 Voorrijkosten", "€ 35,00", "21%"));
        assertThat(browser.findElement(By.cssSelector("#preview-lines tbody td")).getAttribute("colspan"))
                .as("a text line spans the row").isEqualTo("4");
        assertThat(browser.findElements(By.cssSelector("#resend, #form-customer"))).isEmpty();
        chromium.screenshot("invoice-1-preview");
        scrollTo(By.id("invoice-preview"));
        chromium.screenshot("invoice-1-preview-panel");

        pages.submit("archive", "Werkbon 1 is gearchiveerd.");
        awaitInvoice("Verstuurd als conceptfactuur WB 1");
        assertThat(browser.findElements(By.cssSelector("#invoice-preview, #resend, #form-customer"))).isEmpty();
        assertThat(account.count("invoices_saved")).isEqualTo(1);
        chromium.screenshot("invoice-2-sent");
        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("work-order-invoice"), "Sent as draft invoice WB 1"));
        browser.findElement(By.id("lang-nl")).click();
        wait.until(ExpectedConditions.textToBe(By.id("work-order-invoice"), "Verstuurd als conceptfactuur WB 1"));
    }

    @Test
    void a_work_order_without_customer_fails_and_is_sent_after_linking_one() {
        long id = workOrder(null, "Lekkage");
        complete(id, 30, 0);

        pages.open("/work-orders/" + id);
        assertThat(pages.text(By.id("preview-reason")))
                .isEqualTo("Archiveren stuurt niets: de werkbon heeft geen klant. Koppel een klant uit FactuurSturen.");
        assertThat(browser.findElements(By.id("form-customer"))).as("a work order without customer").hasSize(1);
        chromium.screenshot("invoice-3-no-customer");

        pages.submit("archive", "Werkbon 1 is gearchiveerd.");
        awaitInvoice("Mislukt");
        WebElement message = browser.findElement(By.id("invoice-message"));
        assertThat(message.getText()).contains("geen klant").doesNotContain("\u001f");
        assertThat(HeadlessChromium.isRed(message)).as("red, not " + message.getCssValue("color")).isTrue();
        assertThat(browser.findElements(By.id("resend"))).hasSize(1);
        chromium.screenshot("invoice-4-failed");

        pages.pick("customer-customerId", "jansen", "Bakkerij Jansen");
        String address = pages.pick("customer-locationId", "", null);
        assertThat(address).contains("Dorpsstraat 1");
        pages.submit("link-customer", "De klant is gekoppeld aan werkbon 1.");
        assertThat(pages.text(By.id("work-order-customer"))).isEqualTo("Bakkerij Jansen");
        assertThat(browser.findElement(By.id("customer-locationId-combo")).getDomProperty("value"))
                .as("the form shows what is linked").isEqualTo("Bakkerij Jansen – " + address);
        assertThat(pages.text(By.id("work-order-invoice"))).isEqualTo("Mislukt");
        assertThat(pages.text(By.id("preview-name"))).as("the preview follows the fix").isEqualTo("WB 1");
        chromium.screenshot("invoice-5-customer-linked");

        pages.submit("resend", "Werkbon 1 wordt opnieuw naar FactuurSturen gestuurd.");
        awaitInvoice("Verstuurd als conceptfactuur WB 1");
        assertThat(browser.findElements(By.cssSelector("#resend, #form-customer, #invoice-message"))).isEmpty();
        assertThat(account.count("invoices_saved")).isEqualTo(1);
        chromium.screenshot("invoice-6-sent-after-fix");
    }

    @Test
    void the_status_page_cleans_up_at_once() {
        assertThat(admin.post("/api/customers", "{\"name\": \"In Simon gemaakt\"}").status()).isEqualTo(201);

        pages.open("/integration/status");
        assertThat(pages.text(By.id("cleanup"))).isEqualTo("Opschonen");
        pages.submit("cleanup", "Opschoning klaar: 1 klanten/artikelen verwijderd of verborgen.");
        assertThat(admin.get("/api/customers").json().valueStream().map(c -> c.get("name").asString()))
                .containsExactly("Bakkerij Jansen");
        chromium.screenshot("invoice-7-cleanup");

        browser.manage().deleteAllCookies();
        pages.logIn(tenant.officeEmail());
        pages.open("/integration/status");
        assertThat(browser.findElements(By.id("cleanup"))).as("admin only").isEmpty();
    }

    private long customerId() {
        return admin.get("/api/customers").json().valueStream()
                .filter(c -> clientnr.equals(c.get("fsClientNr").asString())).findFirst().orElseThrow()
                .get("id").asLong();
    }

    private long workOrder(Long customer, String description) {
        String body = customer == null ? "{\"description\": \"%s\"}".formatted(description)
                : "{\"customerId\": %d, \"description\": \"%s\"}".formatted(customer, description);
        return admin.post("/api/work-orders", body).id();
    }

    private void complete(long id, int workMinutes, int travelMinutes) {
        admin.post("/api/work-orders/" + id + "/timesheets", "{\"employee\": \"Pieter\", \"workMinutes\": %d, "
                .formatted(workMinutes) + "\"travelMinutes\": %d}".formatted(travelMinutes));
        assertThat(admin.post("/api/work-orders/" + id + "/complete").status()).isEqualTo(200);
    }

    /** The push runs in the background: reload until the invoice label says so. */
    private void awaitInvoice(String state) {
        pushWait.until(driver -> {
            driver.navigate().refresh();
            return state.equals(pages.text(By.id("work-order-invoice")));
        });
    }

    private void scrollTo(By by) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", browser.findElement(by));
    }

    private List<List<String>> rows() {
        return browser.findElements(By.cssSelector("#preview-lines tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    private List<String> cells(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

}
