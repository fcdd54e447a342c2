package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 item 1 in real Chromium with 20,000 customers imported from FactuurSturen (seeded in the emulator, one
 * pull): the pickers of "Nieuwe werkbon" and "Klant koppelen" find customer 19,990 by typing, with the keyboard, the
 * work-address picker then offers only that customer's addresses, and the form saves them. "Klant koppelen" offers
 * only customers FactuurSturen can invoice. Without JavaScript the same forms search a page at a time.
 */
@SimonIT
class SearchBrowserIT {
    private static final int CUSTOMERS = 20_000;

    private static FactuurSturenEmulator emulator;
    private static HeadlessChromium chromium;
    private static WebDriver browser;
    private static WebDriverWait wait;
    /** One seeded company for every test here: seeding and importing 20,000 customers is the slow part. */
    private static TestTenant tenant;

    private static Api admin;
    private static long target;
    private static long other;
    private static long extraLocation;
    private static long simonMade;

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    OfficePages pages;

    @BeforeAll
    static void start() {
        emulator = FactuurSturenEmulator.start(0);
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        wait = chromium.waiting();
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
    void twentyThousandCustomersLoggedIn() {
        if (tenant == null) {
            tenant = tenants.create();
            admin = Api.at(port, tenant.adminEmail(), tenant.password());
            String username = "fs-" + UUID.randomUUID();
            String key = "key-" + UUID.randomUUID();
            EmulatedAccount account = emulator.createAccount(username, key);
            account.seed(CUSTOMERS, 0);
            Wizard wizard = new Wizard(admin, emulator.baseUrl(), username, key);
            wizard.activate();
            wizard.awaitImport();
            assertThat(admin.get("/api/customers?size=1").raw().headers().firstValue("X-Total-Count"))
                    .hasValue(Integer.toString(CUSTOMERS));
            target = customerId("Bedrijf 19990 B.V.");
            other = customerId("Bedrijf 19991 B.V.");
            extraLocation = admin.post(
                            "/api/customers/" + target + "/locations",
                            "{\"name\": \"Magazijn 19990\", \"address\": \"Havenweg 4\", \"city\": \"Zwolle\"}")
                    .id();
            admin.post(
                    "/api/customers/" + other + "/locations",
                    "{\"name\": \"Magazijn 19991\", \"address\": \"Havenweg 5\", \"city\": \"Zwolle\"}");
            simonMade = admin.post("/api/customers", "{\"name\": \"Bedrijf 19990 Simon\"}")
                    .id();
        }
        pages = new OfficePages(chromium, port);
        pages.open("/login");
        browser.manage().deleteAllCookies();
        pages.logIn(tenant.adminEmail());
    }

    @Test
    void nieuwe_werkbon_finds_customer_19990_by_typing_and_offers_only_its_work_addresses() {
        pages.open("/work-orders");
        WebElement customer = pages.find(By.id("work-orders-customerId-combo"));
        assertThat(customer.getAttribute("role")).isEqualTo("combobox");
        assertThat(browser.findElement(By.id("work-orders-customerId")).isDisplayed())
                .isFalse();

        WebElement location = browser.findElement(By.id("work-orders-locationId-combo"));
        assertThat(location.isEnabled())
                .as("a work address waits for the customer")
                .isFalse();

        customer.sendKeys("bedrijf 19990");
        awaitOptions("work-orders-customerId", List.of("Bedrijf 19990 B.V.", "Bedrijf 19990 Simon"));
        assertThat(customer.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(pages.text(By.id("work-orders-customerId-status"))).isEqualTo("2 klanten gevonden");
        customer.sendKeys(Keys.ARROW_DOWN);
        assertThat(customer.getAttribute("aria-activedescendant")).isEqualTo("work-orders-customerId-option-0");
        customer.sendKeys(Keys.ENTER);
        assertThat(customer.getAttribute("value")).startsWith("Bedrijf 19990 B.V.");
        assertThat(customer.getAttribute("aria-expanded")).isEqualTo("false");

        wait.until(ExpectedConditions.elementToBeClickable(location));
        location.click();
        awaitOptions("work-orders-locationId", List.of("Kerkstraat", "Magazijn 19990"));
        assertThat(texts("#work-orders-locationId-listbox [role=option]")).noneMatch(t -> t.contains("19991"));
        location.sendKeys("haven");
        awaitOptions("work-orders-locationId", List.of("Magazijn 19990"));
        location.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        location.sendKeys(Keys.ESCAPE);
        chromium.screenshot("search-1-new-work-order");

        pages.fill("work-orders-description", "Lekkage in het magazijn");
        browser.findElement(By.id("create-work-order")).click();
        wait.until(ExpectedConditions.textMatches(
                By.id("notice"), java.util.regex.Pattern.compile("Werkbon \\d+ is aangemaakt\\.")));
        JsonNode created = admin.get("/api/work-orders/" + workOrderId("Lekkage in het magazijn"))
                .json();
        assertThat(created.get("customerId").asLong()).isEqualTo(target);
        assertThat(created.get("locationId").asLong()).isEqualTo(extraLocation);
    }

    @Test
    void klant_koppelen_offers_only_customers_factuursturen_can_invoice() {
        long id = admin.post("/api/work-orders", "{\"description\": \"Zonder klant\"}")
                .id();
        pages.open("/work-orders/" + id);
        WebElement customer = pages.find(By.id("customer-customerId-combo"));
        customer.sendKeys("Bedrijf 19990");
        awaitOptions("customer-customerId", List.of("Bedrijf 19990 B.V."));
        assertThat(texts("#customer-customerId-listbox [role=option]"))
                .as("a Simon-made customer cannot be invoiced")
                .noneMatch(t -> t.contains("Simon"));
        customer.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        WebElement location = browser.findElement(By.id("customer-locationId-combo"));
        wait.until(ExpectedConditions.elementToBeClickable(location));
        location.sendKeys("magazijn");
        awaitOptions("customer-locationId", List.of("Magazijn 19990"));
        location.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        chromium.screenshot("search-2-link-customer");
        pages.submit("link-customer", "De klant is gekoppeld aan werkbon " + number(id) + ".");
        JsonNode linked = admin.get("/api/work-orders/" + id).json();
        assertThat(linked.get("customerId").asLong()).isEqualTo(target);
        assertThat(linked.get("locationId").asLong()).isEqualTo(extraLocation);
    }

    @Test
    void without_javascript_the_picker_is_a_search_form_with_a_counted_page() {
        pages.open("/work-orders?customerQ=19990");
        assertThat(texts("#work-orders-customerId option")).contains("Bedrijf 19990 B.V.", "Bedrijf 19990 Simon");
        pages.open("/work-orders");
        assertThat(pages.find(By.id("customer-found")).getAttribute("textContent"))
                .isEqualTo("Toont 50 van 20.001; zoek verder om te verfijnen.");
        pages.open("/customers");
        assertThat(pages.text(By.id("list-count"))).isEqualTo("20.001 klanten");
        // issue 15: a list that pages says where you are, with the total in Dutch numbers
        pages.open("/customers?page=3");
        assertThat(pages.text(By.id("list-page"))).isEqualTo("Pagina 3 van 401");
        pages.open("/customers?q=19990");
        assertThat(pages.text(By.id("list-count"))).isEqualTo("2 klanten");
        long id = admin.post("/api/work-orders", "{\"description\": \"Zoek koppeling\"}")
                .id();
        pages.open("/work-orders/" + id + "?linkQ=19990");
        assertThat(texts("#customer-customerId option"))
                .contains("Bedrijf 19990 B.V.")
                .noneMatch(t -> t.contains("Simon"));
        assertThat(pages.find(By.id("link-found")).getAttribute("textContent")).isEqualTo("1 klant");
    }

    private void awaitOptions(String select, List<String> expected) {
        String css = "#" + select + "-listbox [role=option]";
        wait.until(d -> {
            List<String> shown = texts(css);
            return shown.size() == expected.size()
                    && expected.stream().allMatch(e -> shown.stream().anyMatch(s -> s.contains(e)));
        });
    }

    /** Read in one script: the listbox is redrawn while the office types, an element may be gone a moment later. */
    @SuppressWarnings("unchecked")
    private static List<String> texts(String css) {
        return (List<String>) ((JavascriptExecutor) browser)
                .executeScript(
                        "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent);", css);
    }

    private static long customerId(String name) {
        JsonNode found =
                admin.get("/api/customers?q=" + name.replace(" ", "%20")).json();
        return found.valueStream()
                .filter(n -> n.get("name").asString().equals(name))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
    }

    private static long workOrderId(String description) {
        return admin.get("/api/work-orders?q=" + description.replace(" ", "%20"))
                .json()
                .get(0)
                .get("id")
                .asLong();
    }

    private static long number(long id) {
        return admin.get("/api/work-orders/" + id).json().get("number").asLong();
    }
}
