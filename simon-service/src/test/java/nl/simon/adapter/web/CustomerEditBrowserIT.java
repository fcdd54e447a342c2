package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.simon.testing.Api;
import nl.simon.testing.ChromiumExtension;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.HeadlessChromium;
import nl.simon.testing.OfficePages;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15 item 2 in a real Chromium: the office changes a customer and a work address made in Simon on their
 * pages (a wrong postcode is a red message under the field, what was typed kept); a customer from FactuurSturen
 * and its address from FactuurSturen say "Beheer in FactuurSturen" and offer no form.
 */
@SimonIT
class CustomerEditBrowserIT {
    @RegisterExtension
    static final ChromiumExtension chromium = new ChromiumExtension();

    @RegisterExtension
    static final EmulatorExtension fs = new EmulatorExtension();

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Test
    void a_simon_made_customer_and_its_work_address_are_changed_on_their_pages() {
        TestTenant tenant = tenants.create();
        Api admin = tenant.admin();
        long customer = admin.post("/api/customers", """
                {"name": "Bakkerij Jansen", "address": "Dorpsstraat 1", "zipcode": "1234 AB", "city": "Utrecht"}""").id();
        long location = admin.post(
                        "/api/customers/" + customer + "/locations",
                        "{\"name\": \"Winkel\", \"address\": \"Markt 2\", \"city\": \"Utrecht\"}")
                .id();
        OfficePages pages = chromium.freshSession(port);
        WebDriver browser = chromium.driver();
        pages.logIn(tenant.adminEmail());

        pages.open("/customers/" + customer);
        assertThat(browser.findElements(By.id("customer-managed-in-fs"))).isEmpty();
        pages.find(By.id("edit-customer-open")).click();
        assertThat(browser.findElement(By.id("details-name")).getDomProperty("value"))
                .isEqualTo("Bakkerij Jansen");
        pages.fill("details-name", "Bakkerij Jansen & Zn");
        pages.fill("details-zipcode", "35 11");
        browser.findElement(By.id("save-customer")).click();
        WebElement error = pages.find(By.id("details-zipcode-error"));
        assertThat(error.getText()).endsWith(".");
        assertThat(HeadlessChromium.isRed(error)).isTrue();
        assertThat(browser.findElement(By.id("details-name")).getDomProperty("value"))
                .as("what was typed is kept")
                .isEqualTo("Bakkerij Jansen & Zn");
        assertThat(pages.text(By.id("customer-name"))).isEqualTo("Bakkerij Jansen");

        pages.fill("details-zipcode", "3511ab");
        pages.fill("details-city", "Amersfoort");
        pages.submit("save-customer", "Klant Bakkerij Jansen & Zn is gewijzigd.");
        assertThat(pages.text(By.id("customer-name"))).isEqualTo("Bakkerij Jansen & Zn");
        assertThat(pages.text(By.id("details"))).contains("Dorpsstraat 1, 3511 AB Amersfoort");
        chromium.screenshot("customer-edited");

        pages.find(By.id("edit-location-" + location)).click();
        pages.find(By.id("details-address")).clear();
        browser.findElement(By.id("save-location")).click();
        assertThat(pages.text(By.id("details-address-error"))).isEqualTo("Dit veld is verplicht.");
        pages.fill("details-address", "Markt 4");
        pages.fill("details-zipcode", "1234ac");
        pages.submit("save-location", "Werkadres Winkel is gewijzigd.");
        assertThat(pages.text(By.id("locations"))).contains("Markt 4, 1234 AC Utrecht");
        assertThat(admin.get("/api/customers/" + customer + "/locations")
                        .json()
                        .get(0)
                        .get("address")
                        .asString())
                .isEqualTo("Markt 4");
    }

    @Test
    void a_customer_from_factuursturen_and_its_address_are_managed_in_factuursturen() {
        EmulatorExtension.Connected connected = fs.newTenant(tenants, port);
        String clientnr = connected.addBakkerijJansen();
        connected.activated();
        long customer = connected.admin().customerWithFsNumber(clientnr);
        long fsAddress = connected
                .admin()
                .get("/api/customers/" + customer + "/locations")
                .json()
                .get(0)
                .get("id")
                .asLong();
        OfficePages pages = chromium.freshSession(port);
        WebDriver browser = chromium.driver();
        pages.logIn(connected.tenant().adminEmail());

        // a log row about this FS client links here (issue 15 item 5)
        pages.open("/customers/fs/" + clientnr);
        chromium.waiting().until(d -> d.getCurrentUrl().endsWith("/customers/" + customer));
        assertThat(pages.text(By.id("customer-managed-in-fs"))).startsWith("Beheer in FactuurSturen");
        assertThat(browser.findElements(By.id("edit-customer"))).isEmpty();
        assertThat(pages.text(By.id("location-managed-in-fs-" + fsAddress))).isEqualTo("Beheer in FactuurSturen");
        assertThat(browser.findElements(By.id("edit-location-" + fsAddress))).isEmpty();

        pages.open("/customers/" + customer + "/locations/" + fsAddress);
        assertThat(pages.text(By.id("location-managed-in-fs"))).startsWith("Beheer in FactuurSturen");
        assertThat(browser.findElements(By.id("form-location-details"))).isEmpty();
    }
}
