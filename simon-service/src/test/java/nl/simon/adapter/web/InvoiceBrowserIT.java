package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.testing.Api;
import nl.simon.testing.ChromiumExtension;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.HeadlessChromium;
import nl.simon.testing.OfficePages;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

    @RegisterExtension
    static final EmulatorExtension fs = new EmulatorExtension();

    @RegisterExtension
    static final ChromiumExtension chromium = new ChromiumExtension();

    WebDriver browser;
    WebDriverWait wait;
    /** The push runs within seconds of archiving; a first push after start may take a little longer. */
    WebDriverWait pushWait;

    @LocalServerPort
    int port;

    OfficePages pages;

    @Autowired
    TestTenants tenants;

    TestTenant tenant;
    Api admin;
    EmulatedAccount account;
    String clientnr;

    @BeforeEach
    void activatedTenantLoggedIn() {
        EmulatorExtension.Connected connected = fs.newTenant(tenants).withProducts("0001", "0002", "0003");
        clientnr = connected.addBakkerijJansen();
        connected.activated().withSettings(SETTINGS);
        browser = chromium.driver();
        wait = chromium.waiting();
        pushWait = new WebDriverWait(browser, Duration.ofSeconds(30));
        tenant = connected.tenant();
        admin = connected.admin();
        account = connected.account();
        pages = chromium.freshSession(port);
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
        assertThat(rows())
                .containsExactly(
                        List.of("Kraan lekt\nin de keuken"),
                        List.of("2", "0002 Werktijd", "€ 62,50", "21%"),
                        List.of("0,25", "0001 Reistijd", "€ 45,00", "21%"),
                        List.of("1", "0003 Voorrijkosten", "€ 35,00", "21%"));
        assertThat(browser.findElement(By.cssSelector("#preview-lines tbody td"))
                        .getAttribute("colspan"))
                .as("a text line spans the row")
                .isEqualTo("4");
        assertThat(browser.findElements(By.cssSelector("#resend, #form-customer")))
                .isEmpty();
        chromium.screenshot("invoice-1-preview");
        scrollTo(By.id("invoice-preview"));
        chromium.screenshot("invoice-1-preview-panel");

        String summary = "Wordt conceptfactuur WB 1, € 207,21";
        assertThat(pages.text(By.id("archive-summary")))
                .as("125,00 + 11,25 + 35,00 plus 21% VAT")
                .isEqualTo(summary);
        browser.findElement(By.id("archive")).click();
        wait.until(ExpectedConditions.textToBe(
                By.id("confirm-question"),
                "Weet je zeker dat je werkbon 1 wilt archiveren? Daarna kan hij niet meer gewijzigd worden."));
        assertThat(pages.text(By.id("confirm-summary"))).isEqualTo(summary);
        assertThat(admin.get("/api/work-orders/" + id).text("status"))
                .as("not archived before the confirmation")
                .isEqualTo("COMPLETED");
        assertThat(account.count("invoices_saved")).isZero();
        chromium.screenshot("invoice-1-confirm-archive");
        pages.submit("confirm-archive", "Werkbon 1 is gearchiveerd.");
        awaitInvoice("Verstuurd als conceptfactuur WB 1");
        assertThat(browser.findElements(By.cssSelector("#invoice-preview, #resend, #form-customer")))
                .isEmpty();
        assertThat(account.count("invoices_saved")).isEqualTo(1);
        chromium.screenshot("invoice-2-sent");
        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("work-order-invoice"), "Sent as draft invoice WB 1"));
        browser.findElement(By.id("lang-nl")).click();
        wait.until(ExpectedConditions.textToBe(By.id("work-order-invoice"), "Verstuurd als conceptfactuur WB 1"));
    }

    @Test
    void the_list_offers_to_resend_every_unsent_work_order_with_the_count() {
        pages.open("/work-orders");
        assertThat(browser.findElements(By.id("resend-all")))
                .as("nothing to resend")
                .isEmpty();
        List<Long> failed = List.of(workOrder(null, "Lekkage"), workOrder(null, "Kraan"));
        for (long id : failed) {
            complete(id, 30, 0);
            admin.post("/api/work-orders/" + id + "/archive");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> "FAILED"
                            .equals(admin.get("/api/work-orders/" + id)
                                    .json()
                                    .at("/invoiceSync/state")
                                    .asString()));
            admin.post("/api/work-orders/" + id + "/customer", "{\"customerId\": %d}".formatted(customerId()));
        }

        pages.open("/work-orders");
        assertThat(pages.text(By.id("resend-all-count")))
                .isEqualTo("2 gearchiveerde werkbonnen zijn niet verstuurd of mislukt.");
        chromium.screenshot("work-orders-resend-all");
        pages.submit("resend-all", "Werkbonnen opnieuw in de wachtrij gezet: 2.");

        for (long id : failed) {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> "SENT"
                            .equals(admin.get("/api/work-orders/" + id)
                                    .json()
                                    .at("/invoiceSync/state")
                                    .asString()));
        }
        assertThat(account.count("invoices_saved")).isEqualTo(2);
        pages.open("/work-orders");
        assertThat(browser.findElements(By.id("resend-all"))).as("all sent").isEmpty();
    }

    @Test
    void a_work_order_without_customer_fails_and_is_sent_after_linking_one() {
        long id = workOrder(null, "Lekkage");
        complete(id, 30, 0);

        pages.open("/work-orders/" + id);
        assertThat(pages.text(By.id("preview-reason")))
                .isEqualTo("Archiveren stuurt niets: de werkbon heeft geen klant. Koppel een klant uit FactuurSturen.");
        assertThat(browser.findElements(By.id("form-customer")))
                .as("a work order without customer")
                .hasSize(1);
        chromium.screenshot("invoice-3-no-customer");

        String reason = "Archiveren stuurt niets: de werkbon heeft geen klant. Koppel een klant uit FactuurSturen.";
        assertThat(pages.text(By.id("archive-summary"))).isEqualTo(reason);
        browser.findElement(By.id("archive")).click();
        wait.until(ExpectedConditions.textToBe(By.id("confirm-summary"), reason));
        browser.findElement(By.id("confirm-back")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("archive")));
        assertThat(pages.text(By.id("work-order-status")))
                .as("Terug archives nothing")
                .isEqualTo("Gereed");
        browser.findElement(By.id("archive")).click();
        pages.submit("confirm-archive", "Werkbon 1 is gearchiveerd.");
        awaitInvoice("Mislukt");
        WebElement message = browser.findElement(By.id("invoice-message"));
        assertThat(message.getText()).contains("geen klant").doesNotContain("\u001f");
        assertThat(HeadlessChromium.isRed(message))
                .as("red, not " + message.getCssValue("color"))
                .isTrue();
        assertThat(browser.findElements(By.id("resend"))).hasSize(1);
        chromium.screenshot("invoice-4-failed");

        pages.pick("customer-customerId", "jansen", "Bakkerij Jansen");
        String address = pages.pick("customer-locationId", "", null);
        assertThat(address).contains("Dorpsstraat 1");
        pages.submit("link-customer", "De klant is gekoppeld aan werkbon 1.");
        assertThat(pages.text(By.id("work-order-customer"))).isEqualTo("Bakkerij Jansen");
        assertThat(browser.findElement(By.id("customer-locationId-combo")).getDomProperty("value"))
                .as("the form shows what is linked")
                .isEqualTo("Bakkerij Jansen – " + address);
        assertThat(pages.text(By.id("work-order-invoice"))).isEqualTo("Mislukt");
        assertThat(pages.text(By.id("preview-name")))
                .as("the preview follows the fix")
                .isEqualTo("WB 1");
        chromium.screenshot("invoice-5-customer-linked");

        pages.submit("resend", "Werkbon 1 wordt opnieuw naar FactuurSturen gestuurd.");
        awaitInvoice("Verstuurd als conceptfactuur WB 1");
        assertThat(browser.findElements(By.cssSelector("#resend, #form-customer, #invoice-message")))
                .isEmpty();
        assertThat(account.count("invoices_saved")).isEqualTo(1);
        chromium.screenshot("invoice-6-sent-after-fix");
    }

    @Test
    void the_status_page_cleans_up_at_once() {
        assertThat(admin.post("/api/customers", "{\"name\": \"In Simon gemaakt\"}")
                        .status())
                .isEqualTo(201);

        pages.open("/integration/status");
        assertThat(pages.text(By.id("cleanup"))).isEqualTo("Opschonen");
        pages.submit("cleanup", "Opschoning klaar: 1 klant of artikel verwijderd of verborgen.");
        assertThat(admin.get("/api/customers")
                        .json()
                        .valueStream()
                        .map(c -> c.get("name").asString()))
                .containsExactly("Bakkerij Jansen");
        chromium.screenshot("invoice-7-cleanup");

        browser.manage().deleteAllCookies();
        pages.logIn(tenant.officeEmail());
        pages.open("/integration/status");
        assertThat(browser.findElements(By.id("cleanup"))).as("admin only").isEmpty();
    }

    private long customerId() {
        return admin.customerWithFsNumber(clientnr);
    }

    private long workOrder(Long customer, String description) {
        String body = customer == null
                ? "{\"description\": \"%s\"}".formatted(description)
                : "{\"customerId\": %d, \"description\": \"%s\"}".formatted(customer, description);
        return admin.post("/api/work-orders", body).id();
    }

    private void complete(long id, int workMinutes, int travelMinutes) {
        admin.post(
                "/api/work-orders/" + id + "/timesheets",
                "{\"employee\": \"Pieter\", \"workMinutes\": %d, ".formatted(workMinutes)
                        + "\"travelMinutes\": %d}".formatted(travelMinutes));
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
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
    }

    private List<String> cells(String css) {
        return browser.findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }
}
