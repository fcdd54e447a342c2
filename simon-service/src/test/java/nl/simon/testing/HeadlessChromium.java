package nl.simon.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, in Dutch, with a profile of its own that is removed afterwards: the
 * browser of the browser ITs. Start it in {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 1400;

    private final Path profile;
    private final ChromeDriverService service;
    private final WebDriver driver;
    private final WebDriverWait wait;

    private HeadlessChromium(Path profile, ChromeDriverService service, WebDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    public static HeadlessChromium start() {
        return start("nl");
    }

    /** A Chromium whose interface and Accept-Language are {@code language} (issue 15: an English browser). */
    public static HeadlessChromium start(String language) {
        assertThat(CHROMIUM.canExecute())
                .as("Chromium is missing: apt-get install -y chromium chromium-driver")
                .isTrue();
        assertThat(CHROMEDRIVER.canExecute())
                .as("chromedriver is missing: apt-get install -y chromium-driver")
                .isTrue();
        try {
            Path profile = Files.createTempDirectory("simon-chromium-");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER)
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--user-data-dir=" + profile,
                    "--lang=" + language,
                    "--window-size=" + WIDTH + "," + HEIGHT);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            return new HeadlessChromium(profile, service, new ChromeDriver(service, options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser console's messages since the last call (a CSP violation is one), one string each. */
    public java.util.List<String> console() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits of at most 10 seconds: the only way these tests wait. */
    public WebDriverWait waiting() {
        return wait;
    }

    /** Whether the element's text is red (an error message). */
    public static boolean isRed(WebElement element) {
        java.awt.Color color = Color.fromString(element.getCssValue("color")).getColor();
        return color.getRed() > 150 && color.getGreen() < 80 && color.getBlue() < 80;
    }

    /**
     * The whole page as a PNG in the directory named by the system property {@code screenshots.dir}
     * (e.g. {@code -Dscreenshots.dir=/tmp/simon-shots}); nothing when it is not set.
     */
    public void screenshot(String name) {
        String directory = System.getProperty("screenshots.dir");
        if (directory == null || directory.isBlank()) {
            return;
        }
        Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(WIDTH, Math.max(HEIGHT, ((Number) height).intValue())));
        try {
            Path target = Files.createDirectories(Path.of(directory)).resolve(name + ".png");
            Files.copy(
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                    target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        }
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
