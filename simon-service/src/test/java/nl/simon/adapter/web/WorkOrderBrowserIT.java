package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.simon.testing.ChromiumExtension;
import nl.simon.testing.HeadlessChromium;
import nl.simon.testing.OfficePages;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
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

/** The office pages in a real Chromium (Debian's, headless): the work order from creation to archived. */
@SimonIT
class WorkOrderBrowserIT {
    @RegisterExtension
    static final ChromiumExtension chromium = new ChromiumExtension();

    WebDriver browser;
    WebDriverWait wait;

    @LocalServerPort
    int port;

    OfficePages pages;

    @Autowired
    TestTenants tenants;

    @BeforeEach
    void newSession() {
        browser = chromium.driver();
        wait = chromium.waiting();
        pages = chromium.freshSession(port);
    }

    @Test
    void office_user_takes_a_work_order_from_new_to_archived() {
        TestTenant tenant = tenants.create();
        pages.logIn(tenant.adminEmail());
        assertThat(pages.text(By.cssSelector(".topbar .user"))).isEqualTo(tenant.adminEmail());

        pages.open("/customers");
        pages.fill("customers-name", "Bakkerij Jansen");
        pages.fill("customers-address", "Dorpsstraat 1");
        pages.submit("create-customer", "Klant Bakkerij Jansen is toegevoegd.");
        pages.fill("locations-name", "Winkel");
        pages.fill("locations-address", "Markt 2");
        pages.fill("locations-zipcode", "1234 AC");
        pages.fill("locations-city", "Utrecht");
        pages.submit("add-location", "Werkadres Winkel is toegevoegd.");
        pages.open("/items");
        pages.fill("items-code", "1001");
        pages.fill("items-name", "Thermostaatkraan");
        pages.fill("items-price", "34.50");
        pages.submit("create-item", "Artikel 1001 Thermostaatkraan is toegevoegd.");
        assertThat(pages.text(By.id("items"))).contains("Thermostaatkraan", "€ 34,50", "21%");

        pages.open("/work-orders");
        pages.pick("work-orders-customerId", "bakkerij", "Bakkerij Jansen");
        pages.pick("work-orders-locationId", "winkel", "Winkel (Markt 2, 1234 AC Utrecht)");
        pages.fill("work-orders-description", "Kraan vervangen\nKeuken, eerste verdieping");
        pages.fill("work-orders-customerReference", "REF-1");
        pages.submit("create-work-order", "Werkbon 1 is aangemaakt.");
        String page = browser.getCurrentUrl();
        assertThat(pages.text(By.id("work-order-status"))).isEqualTo("Open");
        assertThat(pages.text(By.id("work-order-customer"))).isEqualTo("Bakkerij Jansen");
        assertThat(pages.text(By.id("work-order-location"))).isEqualTo("Winkel (Markt 2, 1234 AC Utrecht)");
        assertThat(pages.text(By.id("work-order-description"))).isEqualTo("Kraan vervangen\nKeuken, eerste verdieping");
        assertThat(pages.text(By.id("work-order-invoice"))).isEqualTo("Nog niet verstuurd");

        pages.fill("plannings-employee", "Pieter");
        setValue("plannings-start", "2026-12-01T08:00");
        pages.submit("plan", "Werkbon 1 is ingepland.");
        assertThat(pages.text(By.id("work-order-status"))).isEqualTo("Ingepland");
        assertThat(pages.text(By.id("plannings"))).contains("Pieter", "01-12-2026 08:00");

        pages.fill("timesheets-employee", "Pieter");
        pages.fill("timesheets-workMinutes", "120");
        pages.fill("timesheets-travelMinutes", "15");
        pages.submit("register-time", "De tijd is geregistreerd op werkbon 1.");
        assertThat(pages.text(By.id("total-work"))).isEqualTo("2:00");
        assertThat(pages.text(By.id("total-travel"))).isEqualTo("0:15");

        pages.pick("used-items-itemId", "thermo", "1001 · Thermostaatkraan · € 34,50");
        pages.fill("used-items-quantity", "2");
        pages.submit("add-used-item", "Het artikel is toegevoegd aan werkbon 1.");
        assertThat(browser.findElements(By.cssSelector("#used-items tbody td:not(.row-actions)")))
                .extracting(WebElement::getText)
                .containsExactly("1001", "Thermostaatkraan", "€ 34,50", "2");
        assertThat(browser.findElements(By.id("archive")))
                .as("archive only once completed")
                .isEmpty();

        assertThat(pages.text(By.id("complete-summary")))
                .isEqualTo("Er wordt niets verstuurd: de integratie met FactuurSturen is niet actief.");
        browser.findElement(By.id("complete")).click();
        wait.until(ExpectedConditions.textToBe(
                By.id("confirm-question"),
                "Weet je zeker dat je werkbon 1 gereed wilt melden? Archiveren kan daarna."));
        pages.submit("confirm-complete", "Werkbon 1 is gereed gemeld.");
        assertThat(pages.text(By.id("work-order-status"))).isEqualTo("Gereed");
        assertThat(browser.findElements(By.id("complete"))).isEmpty();
        assertThat(browser.findElements(By.id("form-time")))
                .as("time can be corrected until archived")
                .hasSize(1);

        browser.findElement(By.id("archive")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-archive")));
        pages.submit("confirm-archive", "Werkbon 1 is gearchiveerd.");
        assertThat(pages.text(By.id("work-order-status"))).isEqualTo("Gearchiveerd");
        assertThat(pages.text(By.id("total-work"))).isEqualTo("2:00");
        assertThat(browser.findElements(By.cssSelector("#page form")))
                .as("an archived work order is final")
                .isEmpty();
        pages.open("/work-orders?status=ARCHIVED");
        assertThat(pages.text(By.id("work-orders")))
                .contains("Gearchiveerd", "Bakkerij Jansen", "Kraan vervangen", "REF-1")
                .doesNotContain("eerste verdieping");
        String id = page.substring(page.lastIndexOf('/') + 1);
        assertThat(tenant.admin()
                        .get("/api/work-orders/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ARCHIVED");
    }

    @Test
    void a_wrong_value_shows_a_red_message_under_the_field_and_keeps_the_input() {
        TestTenant tenant = tenants.create();
        long id = tenant.admin()
                .post("/api/work-orders", "{\"description\": \"Lekkage\"}")
                .id();
        pages.logIn(tenant.officeEmail());

        pages.open("/work-orders/" + id);
        pages.fill("timesheets-employee", "Pieter");
        pages.fill("timesheets-workMinutes", "-5");
        browser.findElement(By.id("register-time")).click();
        WebElement error =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timesheets-workMinutes-error")));
        assertThat(error.getText()).isEqualTo("Mag niet negatief zijn.");
        assertThat(HeadlessChromium.isRed(error))
                .as("the message is red, not " + error.getCssValue("color"))
                .isTrue();
        assertThat(value("timesheets-workMinutes")).isEqualTo("-5");
        assertThat(value("timesheets-employee")).isEqualTo("Pieter");
        assertThat(browser.findElements(By.id("plannings-employee-error")))
                .as("other forms stay clean")
                .isEmpty();
        assertThat(pages.text(By.id("failure"))).contains("Niet opgeslagen");
        assertThat(browser.findElements(By.cssSelector("#timesheets tbody tr"))).isEmpty();

        pages.open("/work-orders");
        pages.fill("work-orders-customerReference", "REF-9");
        browser.findElement(By.id("create-work-order")).click();
        error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work-orders-description-error")));
        assertThat(error.getText()).isEqualTo("Dit veld is verplicht.");
        assertThat(value("work-orders-customerReference")).isEqualTo("REF-9");
    }

    @Test
    void the_language_switch_turns_the_page_english_and_back() {
        TestTenant tenant = tenants.create();
        long id = tenant.admin()
                .post("/api/work-orders", "{\"description\": \"Lekkage\"}")
                .id();
        pages.logIn(tenant.adminEmail());
        pages.open("/work-orders/" + id);
        assertThat(pages.text(By.id("complete"))).isEqualTo("Gereed melden");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("complete"), "Complete"));
        assertThat(pages.text(By.id("work-order-title"))).isEqualTo("Work order 1");
        assertThat(browser.findElements(By.cssSelector(".mainnav a")))
                .extracting(WebElement::getText)
                .containsExactly("Work orders", "Customers", "Items", "Integrations");
        pages.open("/work-orders");
        assertThat(pages.text(By.tagName("h1"))).as("the choice is remembered").isEqualTo("Work orders");

        browser.findElement(By.id("lang-nl")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Werkbonnen"));
    }

    @Test
    void another_companys_work_order_shows_the_not_found_page() throws Exception {
        TestTenant owner = tenants.create();
        long id = owner.admin()
                .post("/api/work-orders", "{\"description\": \"Geheim\"}")
                .id();
        TestTenant other = tenants.create();
        pages.logIn(other.officeEmail());

        pages.open("/work-orders/" + id);
        assertThat(pages.text(By.tagName("h1"))).isEqualTo("Niet gevonden");
        assertThat(pages.text(By.id("error-message"))).isEqualTo("Werkbon " + id + " bestaat niet.");
        assertThat(browser.getPageSource()).doesNotContain("Geheim");
        assertThat(statusOf("/work-orders/" + id)).isEqualTo(404);

        pages.open("/no-such-page");
        assertThat(pages.text(By.tagName("h1"))).isEqualTo("Niet gevonden");
        pages.open("/work-orders/" + id + "/archive");
        assertThat(pages.text(By.tagName("h1"))).isEqualTo("Er ging iets mis");
        assertThat(pages.text(By.id("error-message"))).isEqualTo("Deze methode is hier niet toegestaan.");
        assertThat(statusOf("/work-orders/not-a-number")).isEqualTo(404);
    }

    @Test
    void a_wrong_password_is_refused_and_logging_out_says_so() {
        TestTenant tenant = tenants.create();
        pages.open("/login");
        pages.fill("username", tenant.adminEmail());
        pages.fill("password", "wrong-password");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("login-error"), "Onbekend e-mailadres of verkeerd wachtwoord."));

        pages.logIn(tenant.adminEmail());
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.textToBe(By.id("logged-out"), "Je bent uitgelogd."));
        pages.open("/work-orders");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    /** Types into fields a keyboard cannot reach portably (datetime-local). */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    /** The HTTP status of a page in the browser's session, which Selenium does not show. */
    private int statusOf(String path) throws IOException, InterruptedException {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Accept", "text/html")
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
