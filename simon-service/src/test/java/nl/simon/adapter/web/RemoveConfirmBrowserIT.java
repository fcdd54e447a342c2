package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.simon.testing.Api;
import nl.simon.testing.ChromiumExtension;
import nl.simon.testing.OfficePages;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15: removing a time entry, used item or planning cannot be undone, so it asks first, in a real Chromium:
 * with JavaScript a dialog that names what goes (Cancel keeps it), without JavaScript a page that asks the same.
 */
@SimonIT
class RemoveConfirmBrowserIT {
    @RegisterExtension
    static final ChromiumExtension chromium = new ChromiumExtension();

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    Api admin;
    long workOrder;
    long number;

    private OfficePages workOrderWithEverything() {
        TestTenant tenant = tenants.create();
        admin = tenant.admin();
        long item = admin.post("/api/items", """
                {"code": "1001", "name": "Thermostaatkraan", "price": 34.50, "vatPercentage": 21}""").id();
        JsonNode created = admin.post("/api/work-orders", "{\"description\": \"Kraan vervangen\"}")
                .json();
        workOrder = created.get("id").asLong();
        number = created.get("number").asLong();
        admin.post(path("/plannings"), "{\"employee\": \"Pieter\", \"start\": \"2026-12-01T08:00:00Z\"}");
        admin.post(path("/timesheets"), "{\"employee\": \"Pieter\", \"workMinutes\": 120, \"travelMinutes\": 15}");
        admin.post(path("/used-items"), "{\"itemId\": %d, \"quantity\": 2}".formatted(item));
        OfficePages pages = chromium.freshSession(port);
        pages.logIn(tenant.adminEmail());
        return pages;
    }

    private String path(String rest) {
        return "/api/work-orders/" + workOrder + rest;
    }

    private JsonNode details() {
        return admin.get(path("")).json();
    }

    @Test
    void with_javascript_a_dialog_names_what_goes_and_cancel_keeps_it() {
        OfficePages pages = workOrderWithEverything();
        WebDriver browser = chromium.driver();
        long timeSheet = details().at("/timesheets/0/id").asLong();
        long usedItem = details().at("/usedItems/0/id").asLong();
        pages.open("/work-orders/" + workOrder);

        pages.find(By.id("remove-timesheet-" + timeSheet)).click();
        Alert question = chromium.waiting().until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText())
                .isEqualTo("De tijdregel van Pieter (werktijd 2:00, reistijd 0:15) verwijderen?"
                        + " Dit kan niet ongedaan worden gemaakt.");
        question.dismiss();
        assertThat(browser.getCurrentUrl()).endsWith("/work-orders/" + workOrder);
        assertThat(details().get("timesheets")).hasSize(1);

        pages.find(By.id("remove-timesheet-" + timeSheet)).click();
        chromium.waiting().until(ExpectedConditions.alertIsPresent()).accept();
        chromium.waiting()
                .until(ExpectedConditions.textToBe(
                        By.id("notice"), "De tijdregel is verwijderd van werkbon " + number + "."));
        assertThat(details().get("timesheets")).isEmpty();

        pages.find(By.id("remove-used-item-" + usedItem)).click();
        Alert item = chromium.waiting().until(ExpectedConditions.alertIsPresent());
        assertThat(item.getText()).startsWith("Artikel 1001 Thermostaatkraan (aantal 2) verwijderen?");
        item.accept();
        chromium.waiting()
                .until(ExpectedConditions.textToBe(
                        By.id("notice"), "Het artikel is verwijderd van werkbon " + number + "."));
        assertThat(details().get("usedItems")).isEmpty();
        assertThat(details().get("plannings")).hasSize(1);
    }

    @Test
    void without_javascript_a_page_asks_first() {
        OfficePages pages = workOrderWithEverything();
        WebDriver browser = chromium.driver();
        long usedItem = details().at("/usedItems/0/id").asLong();
        long planning = details().at("/plannings/0/id").asLong();
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            pages.open("/work-orders/" + workOrder);
            pages.find(By.id("remove-used-item-" + usedItem)).click();
            assertThat(pages.text(By.id("remove-what")))
                    .isEqualTo("Artikel 1001 Thermostaatkraan (aantal 2) wordt van werkbon " + number + " verwijderd.");
            assertThat(pages.text(By.id("remove-final"))).isEqualTo("Dit kan niet ongedaan worden gemaakt.");
            chromium.screenshot("remove-confirm");
            assertThat(details().get("usedItems")).as("not yet").hasSize(1);
            browser.findElement(By.id("confirm-back")).click();
            pages.find(By.id("remove-used-item-" + usedItem)).click();
            pages.submit("confirm-remove", "Het artikel is verwijderd van werkbon " + number + ".");
            assertThat(details().get("usedItems")).isEmpty();

            pages.find(By.id("remove-planning-" + planning)).click();
            assertThat(pages.text(By.id("remove-what"))).startsWith("De planning van Pieter op ");
            pages.submit("confirm-remove", "De planning is verwijderd van werkbon " + number + ".");
            assertThat(details().get("plannings")).isEmpty();
            assertThat(details().get("timesheets")).hasSize(1);

            pages.open("/work-orders/" + workOrder + "/confirm-remove/plannings/" + planning);
            assertThat(browser.getTitle()).as("a planning no longer there").doesNotContain("Planning verwijderen");
        } finally {
            chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }
}
