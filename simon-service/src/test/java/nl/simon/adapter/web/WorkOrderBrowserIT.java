package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.simon.testing.Api;
import nl.simon.testing.HeadlessChromium;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The office pages in a real Chromium (Debian's, headless): the work order from creation to archived. */
@SimonIT
class WorkOrderBrowserIT {
    private static HeadlessChromium chromium;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;

    @BeforeAll
    static void startChromium() {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        wait = chromium.waiting();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void newSession() {
        open("/login");
        browser.manage().deleteAllCookies();
    }

    @Test
    void office_user_takes_a_work_order_from_new_to_archived() {
        TestTenant tenant = tenants.create();
        logIn(tenant.adminEmail());
        assertThat(text(By.cssSelector(".topbar .user"))).isEqualTo(tenant.adminEmail());

        open("/customers");
        fill("customers-name", "Bakkerij Jansen");
        fill("customers-address", "Dorpsstraat 1");
        submit("create-customer", "Klant Bakkerij Jansen is toegevoegd.");
        fill("locations-name", "Winkel");
        fill("locations-address", "Markt 2");
        fill("locations-zipcode", "1234 AC");
        fill("locations-city", "Utrecht");
        submit("add-location", "Werkadres Winkel is toegevoegd.");
        open("/items");
        fill("items-code", "1001");
        fill("items-name", "Thermostaatkraan");
        fill("items-price", "34.50");
        submit("create-item", "Artikel 1001 Thermostaatkraan is toegevoegd.");
        assertThat(text(By.id("items"))).contains("Thermostaatkraan", "€ 34,50", "21%");

        open("/work-orders");
        choose("work-orders-customerId", "Bakkerij Jansen");
        choose("work-orders-locationId", "Bakkerij Jansen – Winkel (Markt 2, 1234 AC Utrecht)");
        fill("work-orders-description", "Kraan vervangen\nKeuken, eerste verdieping");
        fill("work-orders-customerReference", "REF-1");
        submit("create-work-order", "Werkbon 1 is aangemaakt.");
        String page = browser.getCurrentUrl();
        assertThat(text(By.id("work-order-status"))).isEqualTo("Open");
        assertThat(text(By.id("work-order-customer"))).isEqualTo("Bakkerij Jansen");
        assertThat(text(By.id("work-order-location"))).isEqualTo("Winkel (Markt 2, 1234 AC Utrecht)");
        assertThat(text(By.id("work-order-description"))).isEqualTo("Kraan vervangen\nKeuken, eerste verdieping");
        assertThat(text(By.id("work-order-invoice"))).isEqualTo("Nog niet verstuurd");

        fill("plannings-employee", "Pieter");
        setValue("plannings-start", "2026-12-01T08:00");
        submit("plan", "Werkbon 1 is ingepland.");
        assertThat(text(By.id("work-order-status"))).isEqualTo("Ingepland");
        assertThat(text(By.id("plannings"))).contains("Pieter", "01-12-2026 08:00");

        fill("timesheets-employee", "Pieter");
        fill("timesheets-workMinutes", "120");
        fill("timesheets-travelMinutes", "15");
        submit("register-time", "De tijd is geregistreerd op werkbon 1.");
        assertThat(text(By.id("total-work"))).isEqualTo("2:00");
        assertThat(text(By.id("total-travel"))).isEqualTo("0:15");

        choose("used-items-itemId", "1001 · Thermostaatkraan · € 34,50");
        fill("used-items-quantity", "2");
        submit("add-used-item", "Het artikel is toegevoegd aan werkbon 1.");
        assertThat(browser.findElements(By.cssSelector("#used-items tbody td"))).extracting(WebElement::getText)
                .containsExactly("1001", "Thermostaatkraan", "€ 34,50", "2");
        assertThat(browser.findElements(By.id("archive"))).as("archive only once completed").isEmpty();

        submit("complete", "Werkbon 1 is gereed gemeld.");
        assertThat(text(By.id("work-order-status"))).isEqualTo("Gereed");
        assertThat(browser.findElements(By.id("complete"))).isEmpty();
        assertThat(browser.findElements(By.id("form-time"))).as("time can be corrected until archived").hasSize(1);

        submit("archive", "Werkbon 1 is gearchiveerd.");
        assertThat(text(By.id("work-order-status"))).isEqualTo("Gearchiveerd");
        assertThat(text(By.id("total-work"))).isEqualTo("2:00");
        assertThat(browser.findElements(By.cssSelector("#page form"))).as("an archived work order is final").isEmpty();
        open("/work-orders?status=ARCHIVED");
        assertThat(text(By.id("work-orders"))).contains("Gearchiveerd", "Bakkerij Jansen", "Kraan vervangen", "REF-1")
                .doesNotContain("eerste verdieping");
        String id = page.substring(page.lastIndexOf('/') + 1);
        assertThat(api(tenant).get("/api/work-orders/" + id).json().get("status").asString()).isEqualTo("ARCHIVED");
    }

    @Test
    void a_wrong_value_shows_a_red_message_under_the_field_and_keeps_the_input() {
        TestTenant tenant = tenants.create();
        long id = api(tenant).post("/api/work-orders", "{\"description\": \"Lekkage\"}").id();
        logIn(tenant.officeEmail());

        open("/work-orders/" + id);
        fill("timesheets-employee", "Pieter");
        fill("timesheets-workMinutes", "-5");
        browser.findElement(By.id("register-time")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("timesheets-workMinutes-error")));
        assertThat(error.getText()).isEqualTo("mag niet negatief zijn");
        assertThat(HeadlessChromium.isRed(error)).as("the message is red, not " + error.getCssValue("color")).isTrue();
        assertThat(value("timesheets-workMinutes")).isEqualTo("-5");
        assertThat(value("timesheets-employee")).isEqualTo("Pieter");
        assertThat(browser.findElements(By.id("plannings-employee-error"))).as("other forms stay clean").isEmpty();
        assertThat(text(By.id("failure"))).contains("Niet opgeslagen");
        assertThat(browser.findElements(By.cssSelector("#timesheets tbody tr"))).isEmpty();

        open("/work-orders");
        fill("work-orders-customerReference", "REF-9");
        browser.findElement(By.id("create-work-order")).click();
        error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work-orders-description-error")));
        assertThat(error.getText()).isEqualTo("dit veld is verplicht");
        assertThat(value("work-orders-customerReference")).isEqualTo("REF-9");
    }

    @Test
    void the_language_switch_turns_the_page_english_and_back() {
        TestTenant tenant = tenants.create();
        long id = api(tenant).post("/api/work-orders", "{\"description\": \"Lekkage\"}").id();
        logIn(tenant.adminEmail());
        open("/work-orders/" + id);
        assertThat(text(By.id("complete"))).isEqualTo("Gereed melden");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("complete"), "Complete"));
        assertThat(text(By.id("work-order-title"))).isEqualTo("Work order 1");
        assertThat(browser.findElements(By.cssSelector(".mainnav a"))).extracting(WebElement::getText)
                .containsExactly("Work orders", "Customers", "Items", "Integrations");
        open("/work-orders");
        assertThat(text(By.tagName("h1"))).as("the choice is remembered").isEqualTo("Work orders");

        browser.findElement(By.id("lang-nl")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Werkbonnen"));
    }

    @Test
    void another_companys_work_order_shows_the_not_found_page() throws Exception {
        TestTenant owner = tenants.create();
        long id = api(owner).post("/api/work-orders", "{\"description\": \"Geheim\"}").id();
        TestTenant other = tenants.create();
        logIn(other.officeEmail());

        open("/work-orders/" + id);
        assertThat(text(By.tagName("h1"))).isEqualTo("Niet gevonden");
        assertThat(text(By.id("error-message"))).isEqualTo("Werkbon " + id + " bestaat niet.");
        assertThat(browser.getPageSource()).doesNotContain("Geheim");
        assertThat(statusOf("/work-orders/" + id)).isEqualTo(404);

        open("/no-such-page");
        assertThat(text(By.tagName("h1"))).isEqualTo("Niet gevonden");
        open("/work-orders/" + id + "/archive");
        assertThat(text(By.tagName("h1"))).isEqualTo("Er ging iets mis");
        assertThat(text(By.id("error-message"))).isEqualTo("Deze methode is hier niet toegestaan.");
        assertThat(statusOf("/work-orders/not-a-number")).isEqualTo(404);
    }

    @Test
    void a_wrong_password_is_refused_and_logging_out_says_so() {
        TestTenant tenant = tenants.create();
        open("/login");
        fill("username", tenant.adminEmail());
        fill("password", "wrong-password");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("login-error"), "Onbekend e-mailadres of verkeerd wachtwoord."));

        logIn(tenant.adminEmail());
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.textToBe(By.id("logged-out"), "Je bent uitgelogd."));
        open("/work-orders");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    private void logIn(String email) {
        open("/login");
        fill("username", email);
        fill("password", TestTenants.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Werkbonnen"));
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void fill(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void choose(String id, String option) {
        new Select(browser.findElement(By.id(id))).selectByVisibleText(option);
    }

    /** Types into fields a keyboard cannot reach portably (datetime-local). */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), value);
    }

    /** Clicks and waits for the page after the redirect, which shows the green message. */
    private void submit(String buttonId, String notice) {
        browser.findElement(By.id(buttonId)).click();
        wait.until(ExpectedConditions.textToBe(By.id("notice"), notice));
    }

    private String text(By by) {
        return browser.findElement(by).getText();
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    /** The HTTP status of a page in the browser's session, which Selenium does not show. */
    private int statusOf(String path) throws IOException, InterruptedException {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Cookie", "JSESSIONID=" + session).header("Accept", "text/html").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private Api api(TestTenant tenant) {
        return Api.at(port, tenant.adminEmail(), tenant.password());
    }
}
