package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;
import nl.simon.testing.Api;
import nl.simon.testing.ChromiumExtension;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.HeadlessChromium;
import nl.simon.testing.OfficePages;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import nl.simon.testing.Wizard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The FactuurSturen integration in a real Chromium, in Dutch, against the in-process emulator: the
 * whole activation wizard (with a wrong API key and a wrong product code first), the status page,
 * the log, and de-activating; and what an office user without admin rights sees.
 */
@SimonIT
class IntegrationWizardBrowserIT {
    private static final String API_KEY = "juiste-api-sleutel";
    private static final Pattern DATE_TIME = Pattern.compile("\\d\\d-\\d\\d-\\d{4} \\d\\d:\\d\\d");

    @RegisterExtension
    static final EmulatorExtension fs = new EmulatorExtension();

    @RegisterExtension
    static final ChromiumExtension chromium = new ChromiumExtension();

    FactuurSturenEmulator emulator;
    WebDriver browser;
    WebDriverWait wait;

    @LocalServerPort
    int port;

    OfficePages pages;

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void newSession() {
        emulator = fs.emulator();
        browser = chromium.driver();
        wait = chromium.waiting();
        pages = chromium.freshSession(port);
    }

    @Test
    void admin_activates_the_integration_in_the_wizard_and_deactivates_it() {
        TestTenant tenant = tenants.create();
        String fsUser = fsAccountFor(tenant);
        tenant.admin().post("/api/customers", "{\"name\": \"Oude klant\"}");
        pages.logIn(tenant.adminEmail());

        browser.findElement(By.id("nav-integrations")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Integraties"));
        assertThat(pages.text(By.id("factuursturen")))
                .contains(
                        "FACTUUR STUREN.NL",
                        "Integratie: FactuurSturen.NL",
                        "Werking:",
                        "Producten en klanten gaan van FactuurSturen naar Simon",
                        "Een offerte in FactuurSturen wordt desgewenst een werkbon in Simple-Simon.",
                        "Een gearchiveerde werkbon in Simon wordt een conceptfactuur in FactuurSturen");
        assertThat(pages.text(By.id("integration-status"))).isEqualTo("NOG NIET EERDER GEACTIVEERD");
        chromium.screenshot("integrations");
        browser.findElement(By.id("activate-link")).click();

        wipeEverything();
        connectWithAWrongKeyFirst(fsUser);
        settingsWithAWrongCodeFirst();
        activate();
        readTheLog(fsUser);
        deactivate();
        assertThat(tenant.admin().get("/api/integration").text("status")).isEqualTo("INACTIVE");
        reactivationLetsTheUserPickTables();
    }

    @Test
    void an_office_user_sees_status_and_log_but_no_change_buttons_and_may_not_change() {
        TestTenant tenant = tenants.create();
        activateThroughTheApi(tenant, fsAccountFor(tenant));
        pages.logIn(tenant.officeEmail());

        pages.open("/integrations");
        assertThat(pages.text(By.id("integration-status"))).isEqualTo("ACTIEF");
        assertThat(browser.findElements(By.id("activate-link"))).isEmpty();
        browser.findElement(By.id("status-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("integration-status"), "ACTIEF"));
        assertThat(pages.text(By.id("started-at"))).matches(DATE_TIME);
        assertThat(browser.findElements(By.cssSelector("#change, #deactivate, #sync-now, #activate-again")))
                .as("no change buttons for an office user")
                .isEmpty();
        assertThat(browser.findElements(By.id("back"))).hasSize(1);
        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("integration-status"), "ACTIVE"));
        assertThat(pages.text(By.id("tables"))).contains("Item group", "Customer", "Work address");
        browser.findElement(By.id("lang-nl")).click();
        wait.until(ExpectedConditions.textToBe(By.id("integration-status"), "ACTIEF"));
        pages.open("/integration/wizard?step=settings");
        assertThat(browser.findElements(By.cssSelector("#settings-submit, #check-workTimeProductCode")))
                .as("the settings but no buttons")
                .isEmpty();
        assertThat(value("settings-workTimeProductCode")).isEqualTo("0002");
        pages.open("/integration/log");
        assertThat(pages.text(By.id("log"))).contains("Integratie geactiveerd");

        Api office = tenant.office();
        assertThat(office.post("/api/integration/deactivate").status()).isEqualTo(403);
        assertThat(office.get("/api/integration").text("status")).isEqualTo("ACTIVE");
        tenant.admin().post("/api/integration/deactivate");
    }

    @Test
    void the_wipe_names_the_uninvoiced_work_orders_and_is_refused_without_confirmation() {
        TestTenant tenant = tenants.create();
        Api admin = tenant.admin();
        long customer =
                admin.post("/api/customers", "{\"name\": \"Klant met werk\"}").id();
        long open = workOrder(admin, customer);
        long completed = workOrder(admin, customer);
        assertThat(admin.post("/api/work-orders/" + completed + "/complete").status())
                .isEqualTo(200);
        long archived = workOrder(admin, customer);
        assertThat(admin.post("/api/work-orders/" + archived + "/complete").status())
                .isEqualTo(200);
        assertThat(admin.post("/api/work-orders/" + archived + "/archive").status())
                .isEqualTo(200);
        String completedNumber = admin.get("/api/work-orders/" + completed).text("number");
        String archivedNumber = admin.get("/api/work-orders/" + archived).text("number");
        String openNumber = admin.get("/api/work-orders/" + open).text("number");
        // counts in Dutch (issue 15 item 8): 1.200, not 1200
        jdbc.sql("""
                INSERT INTO item_group (tenant_id, name, changed_at)
                SELECT :tenant, 'Groep ' || n, now() FROM generate_series(1, 1200) AS n""").param("tenant", tenant.tenant().id().value()).update();
        pages.logIn(tenant.adminEmail());

        pages.open("/integration/wizard?step=wipe");
        assertThat(pages.text(By.id("wipe-loss-tables")))
                .isEqualTo("Wat je wist, gaat verloren. Nu in Simon: Artikelgroep 1.200, Werkbon 3, Klant 1.");
        assertThat(pages.text(By.id("wipe-uninvoiced")))
                .isEqualTo("Let op: 2 gereedgemelde of gearchiveerde werkbonnen"
                        + " zijn nooit gefactureerd: " + completedNumber + ", " + archivedNumber
                        + ". Wie Werkbon wist, raakt die kwijt.")
                .doesNotContain(" " + openNumber + ",");
        assertThat(browser.findElement(By.id("wipe-confirm")).isSelected()).isFalse();
        assertThat(browser.findElement(By.id("wipe-submit")).getCssValue("background-color"))
                .as("what cannot be undone is a red button, not the green of the wizard's other steps")
                .isEqualTo("rgba(198, 47, 36, 1)");

        browser.findElement(By.id("wipe-submit")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wipe-confirm-error")));
        assertThat(error.getText())
                .isEqualTo("Vink eerst \"Ik begrijp dat …\" aan: wissen verwijdert rijen uit Simon"
                        + " (aantal: 1.204), waaronder werkbonnen die nooit zijn gefactureerd (aantal: 2): "
                        + completedNumber + ", "
                        + archivedNumber + ".");
        assertThat(HeadlessChromium.isRed(error)).isTrue();
        assertThat(admin.get("/api/work-orders").json()).as("nothing wiped").hasSize(3);
        chromium.screenshot("wizard-wipe-confirm");

        assertThat(admin.post("/api/integration/wipe", Wizard.ALL_TABLES.replace("]}", "], \"confirm\": false}"))
                        .status())
                .as("the API refuses an explicit confirm=false")
                .isEqualTo(400);
        assertThat(admin.get("/api/work-orders").json()).hasSize(3);

        browser.findElement(By.id("wipe-confirm")).click();
        pages.submit(
                "wipe-submit",
                "Simon-gegevens gewist: Artikelgroep, Artikel, Werkbon, Werkadres, Klant, Objecten, "
                        + "Contactpersonen.");
        assertThat(admin.get("/api/work-orders").json()).isEmpty();
        assertThat(admin.get("/api/customers").json()).isEmpty();
    }

    private static long workOrder(Api admin, long customer) {
        Api.Response created =
                admin.post("/api/work-orders", "{\"customerId\": " + customer + ", \"description\": \"Lekkage\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.id();
    }

    private void wipeEverything() {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#steps h2"), "DOORLOOP ONDERSTAANDE STAPPEN"));
        assertThat(browser.findElements(By.cssSelector("#steps li .step-name")))
                .extracting(WebElement::getText)
                .containsExactly(
                        "Simon-gegevens worden verplicht gewist!",
                        "Koppelen met FactuurSturen",
                        "Instellingen",
                        "Voorwaarden accepteren");
        assertThat(browser.findElements(By.cssSelector("#steps li.todo"))).hasSize(4);
        assertThat(pages.text(By.id("wipe-forced"))).isEqualTo("Simon-gegevens worden verplicht gewist!");
        assertThat(browser.findElements(By.cssSelector("#wipe-tables input[type=checkbox]")))
                .hasSize(7)
                .allMatch(box -> box.isSelected() && !box.isEnabled());
        assertThat(pages.text(By.id("wipe-row-Customer")))
                .startsWith("Klant 1 ")
                .containsPattern(DATE_TIME);
        assertThat(pages.text(By.id("wipe-row-Location"))).isEqualTo("Werkadres 0 --");
        assertThat(pages.text(By.id("wipe-loss-tables")))
                .isEqualTo("Wat je wist, gaat verloren. Nu in Simon: Klant 1.");
        assertThat(browser.findElements(By.id("wipe-uninvoiced")))
                .as("no work orders, none uninvoiced")
                .isEmpty();
        chromium.screenshot("wizard-wipe");

        browser.findElement(By.id("wipe-confirm")).click();
        pages.submit(
                "wipe-submit",
                "Simon-gegevens gewist: Artikelgroep, Artikel, Werkbon, Werkadres, Klant, Objecten, "
                        + "Contactpersonen.");
        assertThat(browser.findElement(By.id("step-WIPE")).getAttribute("class"))
                .contains("done");
        assertThat(pages.text(By.cssSelector("#step-WIPE .step-mark"))).isEqualTo("✓");
    }

    private void connectWithAWrongKeyFirst(String fsUser) {
        assertThat(pages.text(By.id("connect-help")))
                .contains(
                        "Ga naar Instellingen",
                        "Kies boven Verbindingen",
                        "Kies Maak API-sleutel en geef een naam",
                        "Kopieer de API-sleutel en vul die hier in.");
        assertThat(browser.findElement(By.id("connect-apiKey")).getAttribute("type"))
                .isEqualTo("password");
        assertThat(value("connect-baseUrl")).isEqualTo("https://www.factuursturen.nl/api/v1/");
        pages.fill("connect-apiKey", "verkeerde-sleutel");
        pages.fill("connect-username", fsUser);
        pages.fill("connect-baseUrl", emulator.baseUrl());
        browser.findElement(By.id("connect-submit")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("connect-apiKey-error")));
        assertThat(error.getText()).startsWith("FactuurSturen accepteert deze gebruikersnaam en API-sleutel niet.");
        assertThat(HeadlessChromium.isRed(error))
                .as("red, not " + error.getCssValue("color"))
                .isTrue();
        assertThat(value("connect-apiKey")).as("the key is never shown again").isEmpty();
        assertThat(value("connect-username")).isEqualTo(fsUser);
        assertThat(value("connect-baseUrl")).isEqualTo(emulator.baseUrl());
        chromium.screenshot("wizard-connect");

        pages.fill("connect-apiKey", API_KEY);
        pages.submit("connect-submit", "Verbonden met FactuurSturen als " + fsUser + ".");
        assertThat(browser.findElement(By.id("step-CONNECT")).getAttribute("class"))
                .contains("done");
        assertThat(browser.getPageSource()).doesNotContain(API_KEY);
    }

    private void settingsWithAWrongCodeFirst() {
        assertThat(pages.text(By.id("settings-apply"))).contains("vanaf het moment van opslaan");
        new Select(browser.findElement(By.id("settings-quotationsToWorkOrders"))).selectByVisibleText("Ja");
        pages.fill("settings-quotationFilterWord", "WB");
        browser.findElement(By.id("settings-invoiceName-WORK_ORDER_NUMBER_AND_CUSTOMER_REFERENCE"))
                .click();
        pages.fill("settings-workTimeProductCode", "9999");
        browser.findElement(By.id("settings-submit")).click();
        WebElement error =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("settings-workTimeProductCode-error")));
        assertThat(error.getText()).isEqualTo("Artikel 9999 bestaat niet in FactuurSturen.");
        assertThat(HeadlessChromium.isRed(error)).isTrue();
        assertThat(value("settings-workTimeProductCode")).isEqualTo("9999");
        assertThat(value("settings-quotationFilterWord")).isEqualTo("WB");
        assertThat(new Select(browser.findElement(By.id("settings-quotationsToWorkOrders")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Ja");
        assertThat(browser.findElement(By.id("settings-invoiceName-WORK_ORDER_NUMBER_AND_CUSTOMER_REFERENCE"))
                        .isSelected())
                .isTrue();

        pages.fill("settings-workTimeProductCode", "0002");
        browser.findElement(By.id("check-workTimeProductCode")).click();
        wait.until(
                ExpectedConditions.textToBe(By.id("settings-workTimeProductCode-check"), "0002 | Werktijd – € 62,50"));
        assertThat(value("settings-quotationFilterWord"))
                .as("a check keeps what was typed")
                .isEqualTo("WB");
        pages.fill("settings-standardProductCode", "0003");
        browser.findElement(By.id("check-standardProductCode")).click();
        wait.until(ExpectedConditions.textToBe(By.id("settings-standardProductCode-check"), "0003 | onbekend"));
        assertThat(value("settings-workTimeProductCode")).isEqualTo("0002");
        chromium.screenshot("wizard-settings");

        browser.findElement(By.id("settings-standardProductCode")).clear();
        browser.findElement(By.id("settings-submit")).click();
        wait.until(ExpectedConditions.textMatches(
                By.id("notice"),
                Pattern.compile("Instellingen opgeslagen \\(versie 1\\); ze gelden vanaf " + DATE_TIME + "\\.")));
        assertThat(browser.findElements(By.cssSelector("#steps li.done"))).hasSize(3);
    }

    private void activate() {
        assertThat(pages.text(By.id("terms")))
                .contains(
                        "VOORWAARDEN VOOR GEBRUIK", "Ik ga akkoord met de voorwaarden om deze integratie te gebruiken");
        browser.findElement(By.id("activate-submit")).click();
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("failure")));
        assertThat(refused.getText())
                .isEqualTo("De integratie kan nog niet geactiveerd worden; nog te doen: Voorwaarden accepteren.");
        assertThat(HeadlessChromium.isRed(refused)).isTrue();

        browser.findElement(By.id("activate-acceptTerms")).click();
        pages.submit("activate-submit", "De integratie is geactiveerd.");
        assertThat(pages.text(By.id("integration-status"))).isEqualTo("ACTIEF");
        assertThat(pages.text(By.id("started-at"))).matches(DATE_TIME);
        assertThat(pages.text(By.id("ended-at"))).isEqualTo("--");
        assertThat(browser.findElements(By.cssSelector("#tables thead th")))
                .extracting(WebElement::getText)
                .containsExactly("TABEL", "MUTATIE IN SIMON", "UPDATE DOOR DE INTEGRATIE");
        assertThat(browser.findElements(By.cssSelector("#tables tbody td:first-child")))
                .extracting(WebElement::getText)
                .containsExactly("Artikelgroep", "Artikel", "Klant", "Werkadres");
        assertThat(browser.findElements(By.cssSelector("#status-actions .button")))
                .extracting(WebElement::getText)
                .containsExactly("TERUG", "WIJZIG", "DE-ACTIVEREN", "LOGGING");
        assertThat(browser.findElements(By.id("sync-now"))).hasSize(1);
        chromium.screenshot("status");
    }

    private void readTheLog(String fsUser) {
        browser.findElement(By.id("log-link")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Logging – meldingen integratie"));
        wait.until(driver -> {
            driver.navigate().refresh();
            return pages.text(By.id("log")).contains("Import klanten: ");
        });
        List<String> rows = browser.findElements(By.cssSelector("#log tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(String.join("\n", rows))
                .contains(
                        "Integratie geactiveerd",
                        "Instellingen opgeslagen (versie 1)",
                        "Verbonden met FactuurSturen als " + fsUser,
                        "Simon-gegevens gewist");
        assertThat(indexOf(rows, "Integratie geactiveerd"))
                .as("newest first")
                .isLessThan(indexOf(rows, "Instellingen opgeslagen"));
        WebElement refused = browser.findElement(By.cssSelector("#log tr.log-ERROR"));
        assertThat(refused.getText())
                .contains(
                        "Integratie",
                        "Verbinden met FactuurSturen mislukt",
                        "Controleer de gebruikersnaam en de API-sleutel");
        assertThat(isRedBackground(refused)).as("error rows are red").isTrue();
        assertThat(browser.findElements(By.cssSelector("#log tr.log-WARNING")))
                .as("refused settings and activation")
                .hasSize(2);
        chromium.screenshot("log");

        assertThat(String.join("\n", rows))
                .as("issue 15: times with seconds")
                .containsPattern("[0-9]{2}-[0-9]{2}-[0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2}");
        // issue 15: a pull is one row; its records are behind "Details"
        browser.findElements(By.cssSelector("#log tbody tr")).stream()
                .filter(row -> row.getText().contains("Import klanten: "))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("a.log-details"))
                .click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Details van de import"));
        assertThat(pages.text(By.id("run-log"))).contains("Klant toegevoegd aan Simon: Bakkerij Jansen");
        browser.findElement(By.id("run-back")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Logging – meldingen integratie"));

        new Select(browser.findElement(By.id("log-severity"))).selectByVisibleText("Fout");
        browser.findElement(By.id("log-filter")).click();
        wait.until(ExpectedConditions.urlContains("severity=ERROR"));
        assertThat(browser.findElements(By.cssSelector("#log tbody tr")))
                .hasSize(1)
                .allMatch(row -> row.getAttribute("class").contains("log-ERROR"));
    }

    private void deactivate() {
        pages.open("/integration/status");
        browser.findElement(By.id("deactivate")).click();
        wait.until(ExpectedConditions.textToBe(
                By.id("confirm-question"), "Weet je zeker dat je de integratie met FactuurSturen wilt stopzetten?"));
        pages.submit("confirm-deactivate", "De integratie is gedeactiveerd.");
        assertThat(pages.text(By.id("integration-status"))).isEqualTo("INACTIEF");
        assertThat(pages.text(By.id("ended-at"))).matches(DATE_TIME);
        assertThat(browser.findElements(By.cssSelector("#deactivate, #sync-now")))
                .isEmpty();
    }

    private void reactivationLetsTheUserPickTables() {
        browser.findElement(By.id("activate-again")).click();
        wait.until(ExpectedConditions.textToBe(By.id("goto-WIPE"), "KIES WAT TE WISSEN"));
        assertThat(browser.findElements(By.id("wipe-forced"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#wipe-tables input[type=checkbox]")))
                .as("a re-activation ticks nothing by default")
                .hasSize(7)
                .allMatch(box -> !box.isSelected() && box.isEnabled());
        browser.findElement(By.id("wipe-Location")).click();
        browser.findElement(By.id("wipe-submit")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wipe-tables-error")));
        assertThat(error.getText()).isEqualTo("Wie Werkadres wist, moet ook Werkbon wissen (die verwijzen ernaar).");
        assertThat(HeadlessChromium.isRed(error)).isTrue();
        assertThat(browser.findElement(By.id("wipe-Location")).isSelected())
                .as("the choice is kept")
                .isTrue();
        assertThat(browser.findElement(By.id("wipe-Customer")).isSelected()).isFalse();
        chromium.screenshot("wizard-reactivation");
    }

    /** An FS account in the emulator with Reistijd and Werktijd and one client, for this tenant only. */
    private String fsAccountFor(TestTenant tenant) {
        EmulatedAccount account = emulator.createAccount("fs-" + tenant.tenant().name(), API_KEY);
        account.create("products", Map.of("code", "0001", "name", "Reistijd", "price", "45.00", "taxes", "21"));
        account.create("products", Map.of("code", "0002", "name", "Werktijd", "price", "62.50", "taxes", "21"));
        account.create("clients", Map.of("company", "Bakkerij Jansen"));
        return account.username();
    }

    private void activateThroughTheApi(TestTenant tenant, String fsUser) {
        Api admin = tenant.admin();
        assertThat(admin.post(
                                "/api/integration/wipe",
                                "{\"tables\": [\"ItemGroup\", \"Item\", \"WorkOrder\", "
                                        + "\"Location\", \"Customer\", \"Object\", \"ContactPerson\"]}")
                        .status())
                .isEqualTo(200);
        assertThat(admin.post(
                                "/api/integration/connect",
                                "{\"username\": \"" + fsUser + "\", \"apiKey\": \"" + API_KEY + "\", \"baseUrl\": \""
                                        + emulator.baseUrl() + "\"}")
                        .status())
                .isEqualTo(200);
        String settings = admin.get("/api/integration/settings").body();
        assertThat(admin.send("PUT", "/api/integration/settings", "application/json", settings)
                        .status())
                .isEqualTo(200);
        assertThat(admin.post("/api/integration/activate", "{\"acceptTerms\": true}")
                        .status())
                .isEqualTo(200);
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private static int indexOf(List<String> rows, String text) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isRedBackground(WebElement row) {
        java.awt.Color color =
                Color.fromString(row.getCssValue("background-color")).getColor();
        return color.getRed() > 200
                && color.getGreen() < 230
                && color.getBlue() < 230
                && color.getRed() > color.getBlue();
    }
}
