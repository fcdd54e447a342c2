package nl.simon.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A {@link HeadlessChromium} for one test class: started before its tests, closed after all. */
public final class ChromiumExtension implements BeforeAllCallback, AfterAllCallback {
    private HeadlessChromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium = HeadlessChromium.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
    }

    public HeadlessChromium chromium() {
        return chromium;
    }

    public WebDriver driver() {
        return chromium.driver();
    }

    public WebDriverWait waiting() {
        return chromium.waiting();
    }

    /** See {@link HeadlessChromium#screenshot(String)}. */
    public void screenshot(String name) {
        chromium.screenshot(name);
    }

    /** The pages of the service on {@code port}, in a fresh session: no cookies of the test before. */
    public OfficePages freshSession(int port) {
        OfficePages pages = new OfficePages(chromium, port);
        pages.open("/login");
        chromium.driver().manage().deleteAllCookies();
        return pages;
    }
}
