package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15 item 7: the office pages on a phone (390×844) and a laptop (1366×900). Nothing scrolls sideways,
 * neither the page nor a box inside it; the menu reaches "Integraties" (behind a menu button on the phone);
 * the log keeps its Actie and Soort bericht columns. Screenshots of every page at both sizes go to
 * target/screenshots/.
 */
@SimonIT
class PhoneBrowserIT {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Elements that scroll sideways inside the page: a table in a scrolling card hides columns too. */
    private static final String SIDEWAYS = """
            const wide = [];
            for (const e of document.querySelectorAll('body *')) {
              const style = getComputedStyle(e);
              if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && e.scrollWidth > e.clientWidth + 1) {
                wide.push(e.tagName + '#' + e.id + '.' + e.className);
              }
              const box = e.getBoundingClientRect();
              if (box.width > 0 && box.right > document.documentElement.clientWidth + 1 && style.position !== 'absolute') {
                wide.push('beyond the screen: ' + e.tagName + '#' + e.id + '.' + e.className);
              }
            }
            return wide;""";
    /** Every element whose right edge lies beyond the screen, absolutely placed ones too, widest first. */
    private static final String BEYOND = """
            const beyond = [];
            for (const e of document.querySelectorAll('body *')) {
              const box = e.getBoundingClientRect();
              if (box.right > document.documentElement.clientWidth + 1) {
                beyond.push([Math.round(box.right), e.tagName + '#' + e.id + '.' + e.className]);
              }
            }
            beyond.sort((a, b) => b[0] - a[0]);
            return beyond.slice(0, 8).map(b => b[1] + ' to ' + b[0] + ' px');""";

    private static FactuurSturenEmulator emulator;
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @BeforeAll
    static void start() {
        emulator = FactuurSturenEmulator.start(0);
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            chromium.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void every_main_page_fits_a_phone_and_a_laptop_and_the_menu_reaches_integraties() {
        TestTenant tenant = tenants.create();
        Api admin = Api.at(port, tenant.adminEmail(), tenant.password());
        OfficePages pages = new OfficePages(chromium, port);
        pages.open("/login");
        browser.manage().deleteAllCookies();
        pages.logIn(tenant.adminEmail());

        // the wizard while the integration is not yet activated, with its table of Simon data to wipe
        check(pages, "/integration/wizard?step=wipe", "wizard-wipe");

        String username = "fs-" + UUID.randomUUID();
        String key = "key-" + UUID.randomUUID();
        EmulatedAccount account = emulator.createAccount(username, key);
        String clientnr = account.create(
                "clients",
                Map.of(
                        "company",
                        "Installatiebedrijf Van der Heijden-Oosterhout B.V.",
                        "address",
                        "Burgemeester van Roijensingel 112",
                        "zipcode",
                        "8011 CA",
                        "city",
                        "Zwolle",
                        "email",
                        "administratie@vanderheijden-oosterhout-installatietechniek.nl"));
        account.create(
                "products",
                Map.of(
                        "code",
                        "CV-ONDERHOUD-2024",
                        "name",
                        "Onderhoudsbeurt combiketel inclusief rookgasanalyse en inspectierapport",
                        "price",
                        "1234.50",
                        "taxes",
                        "21"));
        Wizard wizard = new Wizard(admin, emulator.baseUrl(), username, key);
        wizard.activate();
        wizard.awaitImport();

        long customer = admin.get("/api/customers")
                .json()
                .valueStream()
                .filter(c -> clientnr.equals(c.get("fsClientNr").asString()))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        long item = admin.get("/api/items")
                .json()
                .valueStream()
                .filter(i -> "CV-ONDERHOUD-2024".equals(i.get("code").asString()))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        long workOrder = admin.post("/api/work-orders", """
                {"customerId": %d, "description": "Storing combiketel: ketel slaat af bij warmwatervraag, foutcode E10 en\
                 druk zakt onder 0,8 bar", "customerReference": "PO-2026-000123-ONDERHOUDSCONTRACT"}""".formatted(customer)).id();
        admin.post(
                "/api/work-orders/" + workOrder + "/plannings",
                "{\"employee\": \"Pieter van den Berg\", \"start\": \"2026-06-19T09:30:00Z\"}");
        admin.post(
                "/api/work-orders/" + workOrder + "/timesheets",
                "{\"employee\": \"Pieter van den Berg\", \"workMinutes\": 135, \"travelMinutes\": 25}");
        admin.post(
                "/api/work-orders/" + workOrder + "/used-items", "{\"itemId\": %d, \"quantity\": 2}".formatted(item));

        check(pages, "/work-orders", "work-orders");
        check(pages, "/work-orders/" + workOrder, "work-order");
        check(pages, "/customers", "customers");
        check(pages, "/customers/" + customer, "customer");
        // a customer made in Simon, with its edit form open, and one of its work addresses (issue 15 item 2)
        long simonCustomer = admin.post("/api/customers", """
                {"name": "Installatiebedrijf Van der Heijden-Oosterhout", "address": "Burgemeester van Roijensingel 112",
                 "zipcode": "8011 DB", "city": "Zwolle"}""").id();
        long simonAddress = admin.post(
                        "/api/customers/" + simonCustomer + "/locations",
                        "{\"name\": \"Magazijn\", \"address\": \"Industrieweg 4\", \"city\": \"Zwolle\"}")
                .id();
        check(pages, "/customers/" + simonCustomer, "customer-simon");
        check(pages, "/customers/" + simonCustomer + "/locations/" + simonAddress, "location");
        long timeSheet = admin.get("/api/work-orders/" + workOrder)
                .json()
                .at("/timesheets/0/id")
                .asLong();
        check(pages, "/work-orders/" + workOrder + "/confirm-remove/timesheets/" + timeSheet, "remove-confirm");
        check(pages, "/items", "items");
        check(pages, "/integrations", "integrations");
        check(pages, "/integration/status", "integration-status");
        check(pages, "/integration/wizard?step=settings", "wizard-settings");
        check(pages, "/integration/log", "integration-log");

        // the log on a phone keeps every column: each cell of a row shows, labelled, within the screen
        phone();
        pages.open("/integration/log");
        List<WebElement> firstRow = browser.findElements(By.cssSelector("#log tbody tr.log-row:first-child td"));
        assertThat(firstRow)
                .extracting(cell -> cell.getAttribute("data-label"))
                .containsExactly("Tijd", "Tabel", "Melding", "Actie", "Soort bericht");
        for (WebElement cell : firstRow) {
            assertThat(cell.isDisplayed()).as(cell.getAttribute("data-label")).isTrue();
            assertThat(cell.getRect().getX() + cell.getRect().getWidth()).isLessThanOrEqualTo(390);
        }
        WebElement action = firstRow.get(3);
        assertThat(js("return getComputedStyle(arguments[0], '::before').content", action))
                .isEqualTo("\"Actie\"");
        assertThat(js("return getComputedStyle(arguments[0], '::before').content", firstRow.get(4)))
                .isEqualTo("\"Soort bericht\"");

        // the phone's menu button opens the menu and "Integraties" is reachable and works
        pages.open("/work-orders");
        WebElement integrations = browser.findElement(By.id("nav-integrations"));
        WebElement menu = browser.findElement(By.id("menu-toggle"));
        assertThat(integrations.isDisplayed()).isFalse();
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
        menu.click();
        assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(integrations.isDisplayed()).isTrue();
        assertThat(integrations.getRect().getX() + integrations.getRect().getWidth())
                .isLessThanOrEqualTo(390);
        assertThat(browser.findElement(By.id("logout")).isDisplayed()).isTrue();
        integrations.click();
        chromium.waiting().until(ExpectedConditions.urlContains("/integrations"));
        assertThat(pages.text(By.tagName("h1"))).isEqualTo("Integraties");
        sideways("after the menu");
        browser.findElement(By.id("menu-toggle")).click();
        browser.findElement(By.id("logout")).click();
        chromium.waiting().until(ExpectedConditions.urlContains("/login"));
        laptop();
    }

    /** One page at both sizes: no sideways scrolling, the menu reaches Integraties, a screenshot each. */
    private void check(OfficePages pages, String path, String name) {
        phone();
        pages.open(path);
        laidOutAt(390);
        sideways(name + " at 390");
        WebElement menu = browser.findElement(By.id("menu-toggle"));
        assertThat(menu.isDisplayed()).as(name).isTrue();
        menu.click();
        WebElement integrations = browser.findElement(By.id("nav-integrations"));
        assertThat(integrations.isDisplayed()).as(name).isTrue();
        assertThat(integrations.getRect().getX() + integrations.getRect().getWidth())
                .as(name)
                .isLessThanOrEqualTo(390);
        sideways(name + " at 390 with the menu open");
        menu.click();
        assertThat(integrations.isDisplayed()).as(name).isFalse();
        screenshot(name + "-390x844");

        laptop();
        pages.open(path);
        laidOutAt(1366);
        sideways(name + " at 1366");
        assertThat(browser.findElement(By.id("nav-integrations")).isDisplayed())
                .as(name)
                .isTrue();
        assertThat(browser.findElement(By.id("menu-toggle")).isDisplayed())
                .as(name)
                .isFalse();
        screenshot(name + "-1366x900");
    }

    /**
     * Waits until the page is laid out for the emulated width: its style sheet applied and its media queries
     * evaluated for that width (a page measured before then says nothing about the layout at that width).
     */
    private static void laidOutAt(int width) {
        chromium.waiting()
                .withMessage("the page laid out at " + width + " px")
                .until(browser -> Boolean.TRUE.equals(js(
                        "return document.readyState === 'complete' && window.innerWidth === arguments[0]"
                                + " && getComputedStyle(document.body).margin !== '8px'"
                                + " && matchMedia('(max-width: 760px)').matches === (arguments[0] <= 760)",
                        width)));
    }

    private void sideways(String where) {
        Number scroll = (Number) js("return document.documentElement.scrollWidth");
        Number client = (Number) js("return document.documentElement.clientWidth");
        assertThat(scroll.intValue())
                .as("%s scrolls sideways; beyond the screen: %s", where, js(BEYOND))
                .isLessThanOrEqualTo(client.intValue());
        assertThat((List<?>) js(SIDEWAYS))
                .as("%s: boxes that scroll or stick out sideways", where)
                .isEmpty();
    }

    private static void phone() {
        size(390, 844, true);
    }

    private static void laptop() {
        size(1366, 900, false);
    }

    private static void size(int width, int height, boolean mobile) {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** The whole page, also below the fold, as target/screenshots/{name}.png. */
    private static void screenshot(String name) {
        Map<String, Object> shot = ((ChromeDriver) browser)
                .executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
