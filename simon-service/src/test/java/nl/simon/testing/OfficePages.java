package nl.simon.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The office web UI as a browser test uses it: log in, open a page, fill a field, submit a form. */
public final class OfficePages {
    private final WebDriver browser;
    private final WebDriverWait wait;
    private final int port;

    public OfficePages(HeadlessChromium chromium, int port) {
        this.browser = chromium.driver();
        this.wait = chromium.waiting();
        this.port = port;
    }

    /** Logs in and waits for the work order list, the first page after login. */
    public void logIn(String email) {
        open("/login");
        fill("username", email);
        fill("password", TestTenants.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Werkbonnen"));
    }

    public void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    /** Waits for the field (the page that has it may still be loading), then types {@code text} in place of its value. */
    public void fill(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks and waits for the page after the redirect, which shows the green message. */
    public void submit(String buttonId, String notice) {
        // waits for the button: the click before may still be loading the page that has it
        find(By.id(buttonId)).click();
        wait.until(ExpectedConditions.textToBe(By.id("notice"), notice));
    }

    /**
     * Chooses in a server-side picker (issue 15, static/js/picker.js) as the office does: types {@code typed} into the
     * combobox that stands for select {@code selectId} and clicks the first option containing {@code option} (the
     * first option when null). Answers the chosen option's text.
     */
    public String pick(String selectId, String typed, String option) {
        WebElement combo = wait.until(ExpectedConditions.elementToBeClickable(By.id(selectId + "-combo")));
        combo.clear();
        combo.click();
        combo.sendKeys(typed);
        By options = By.cssSelector("#" + selectId + "-listbox [role=option]");
        // The listbox is redrawn while the answers come in: an option found may be gone a moment later.
        String text = wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement found = d.findElements(options).stream()
                    .filter(o -> option == null || o.getText().contains(option))
                    .findFirst()
                    .orElse(null);
            if (found == null) {
                return null;
            }
            // the text as the page holds it (getText() would turn the no-break space of "€ 34,50" into a space)
            String label = found.getDomProperty("textContent");
            found.click();
            return label;
        });
        wait.until(d -> text.equals(d.findElement(By.id(selectId + "-combo")).getDomProperty("value")));
        return text;
    }

    public String text(By by) {
        return find(by).getText();
    }

    /**
     * The element, waited for: a page's scripts may still be adding it. When it never comes the failure names
     * the page the browser shows instead (address, title, the start of its text), so a wrong page (login, error)
     * is told apart from a missing element.
     */
    public WebElement find(By by) {
        try {
            return wait.until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (TimeoutException e) {
            String body = browser.findElements(By.tagName("body")).stream()
                    .map(WebElement::getText)
                    .findFirst()
                    .orElse("");
            throw new AssertionError(
                    "no " + by + " on " + browser.getCurrentUrl() + " (\"" + browser.getTitle() + "\"): "
                            + body.substring(0, Math.min(600, body.length())),
                    e);
        }
    }
}
