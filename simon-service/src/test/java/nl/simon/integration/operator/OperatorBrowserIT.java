package nl.simon.integration.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.simon.tenant.CreateTenant;
import nl.simon.tenant.Tenant;
import nl.simon.testing.ChromiumExtension;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.HeadlessChromium;
import nl.simon.testing.OfficePages;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestDatabase;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operator's page in real Chromium (issue 16): only behind the operator's login (an office login is sent to it),
 * trouble first, searchable, each action confirmed (suspend asks the reason, delete the company's name), audited.
 */
@SimonIT
class OperatorBrowserIT {
    @RegisterExtension
    static final EmulatorExtension FS = new EmulatorExtension();

    @RegisterExtension
    static final ChromiumExtension CHROMIUM = new ChromiumExtension();

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Autowired
    CreateTenant createTenant;

    @Test
    void the_operator_suspends_resumes_and_deletes_companies_on_the_page_and_office_users_never_see_it() {
        String tag = "ops" + UUID.randomUUID().toString().substring(0, 8);
        TestTenant office = tenants.create();
        EmulatorExtension.Connected active = FS.connect(named(tag + " Actief")).activated();
        Tenant fresh = createTenant.create(tag + " Nieuw", "admin@" + tag + ".nl", TestTenants.PASSWORD);
        long activeId = active.tenant().tenant().id().value();
        WebDriver browser = CHROMIUM.driver();
        OfficePages pages = CHROMIUM.freshSession(port);

        pages.logIn(office.adminEmail());
        pages.open("/operator");
        CHROMIUM.waiting().until(ExpectedConditions.urlContains("/operator/login"));
        assertThat(browser.findElements(By.id("companies")))
                .as("an office login never opens it")
                .isEmpty();

        pages.fill("name", "Jan Beheer");
        pages.fill("token", "x" + TestDatabase.OPERATOR_TOKEN);
        browser.findElement(By.id("login-submit")).click();
        assertThat(pages.text(By.id("login-error"))).contains("Onjuist token");
        pages.fill("name", "Jan Beheer");
        pages.fill("token", TestDatabase.OPERATOR_TOKEN);
        browser.findElement(By.id("login-submit")).click();
        CHROMIUM.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Bedrijven"));
        assertThat(pages.text(By.id("operator-name"))).isEqualTo("Jan Beheer");

        pages.open("/operator?q=" + tag);
        assertThat(pages.text(By.id("list-count"))).isEqualTo("2 bedrijven");
        assertThat(pages.text(By.cssSelector("#company-" + activeId + " .integration-state")))
                .isEqualTo("Actief");
        browser.findElement(By.id("suspend-" + activeId)).click();
        assertThat(pages.text(By.id("confirm-question"))).contains(tag + " Actief");
        pages.find(By.id("confirm")).click();
        assertThat(HeadlessChromium.isRed(pages.find(By.id("suspend-reason-error"))))
                .as("an empty reason is a red message under the field")
                .isTrue();
        pages.fill("suspend-reason", "Factuur van november niet betaald");
        pages.submit("confirm", tag + " Actief is stilgezet.");
        pages.open("/operator?q=" + tag);
        assertThat(pages.text(By.cssSelector("#companies tbody tr:first-child .company-name")))
                .as("trouble first")
                .isEqualTo(tag + " Actief");
        assertThat(pages.text(By.cssSelector("#company-" + activeId + " .suspension-reason")))
                .isEqualTo("Factuur van november niet betaald");

        browser.findElement(By.id("resume-" + activeId)).click();
        pages.submit("confirm", tag + " Actief is weer aangezet.");

        pages.open("/operator?q=" + tag + "&status=NOT_ACTIVATED");
        assertThat(pages.text(By.id("list-count"))).isEqualTo("1 bedrijf");
        browser.findElement(By.id("delete-" + fresh.id().value())).click();
        pages.fill("delete-confirmName", tag + " Nieu");
        pages.find(By.id("confirm")).click();
        assertThat(pages.text(By.id("delete-confirmName-error"))).contains("precies de naam");
        pages.fill("delete-confirmName", tag + " Nieuw");
        pages.submit("confirm", tag + " Nieuw is verwijderd met al zijn gegevens.");
        pages.open("/operator?q=" + tag);
        assertThat(pages.text(By.id("list-count"))).isEqualTo("1 bedrijf");

        pages.open("/operator/audit");
        String audit = pages.text(By.id("audit"));
        assertThat(audit)
                .contains("Jan Beheer")
                .contains("Verwijderd")
                .contains(tag + " Nieuw (" + fresh.id().value() + ")")
                .contains("Factuur van november niet betaald");

        pages.open("/operator?lang=en");
        CHROMIUM.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Companies"));
        pages.open("/operator/audit?lang=nl");
        browser.findElement(By.id("logout")).click();
        CHROMIUM.waiting().until(ExpectedConditions.urlContains("/operator/login"));
        pages.open("/operator");
        CHROMIUM.waiting().until(ExpectedConditions.urlContains("/operator/login"));
    }

    private TestTenant named(String name) {
        String slug = UUID.randomUUID().toString().substring(0, 8);
        Tenant tenant = createTenant.create(name, "admin@" + slug + ".nl", TestTenants.PASSWORD);
        return new TestTenant(tenant, "admin@" + slug + ".nl", null, port);
    }
}
