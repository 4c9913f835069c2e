package dev.propensity.server.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its {@code chromedriver} by Selenium, as a person's browser: it
 * installs both packages when missing, sizes the viewport like a laptop or a phone, takes full-page screenshots
 * and keeps every console message so a test can fail on errors.
 */
public final class Browser implements AutoCloseable {
    /** A laptop screen. */
    public static final Viewport LAPTOP = new Viewport(1366, 768, false);
    /** A phone held upright (an iPhone 12-14's CSS pixels). */
    public static final Viewport PHONE = new Viewport(390, 844, true);

    /** A viewport in CSS pixels; {@code mobile} also makes the page honour its viewport meta tag. */
    public record Viewport(int width, int height, boolean mobile) {
    }

    private final ChromeDriver driver;
    private final List<LogEntry> console = new ArrayList<>();

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts a headless browser with a fresh profile, at laptop size. */
    public static Browser start() {
        SystemPackages.ensure("chromium", "chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // No sandbox: tests run as root in CI, where Chromium refuses to start sandboxed.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + LAPTOP.width() + "," + LAPTOP.height(), "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--password-store=basic");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        Browser browser = new Browser(new ChromeDriver(service, options));
        browser.resize(LAPTOP);
        return browser;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Makes the page's viewport exactly {@code viewport}. */
    public void resize(Viewport viewport) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width(),
                "height", viewport.height(), "deviceScaleFactor", 1, "mobile", viewport.mobile()));
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Runs {@code script} in the page and returns its value. */
    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits up to 30 s for an element matching {@code css} to be shown, and returns it. */
    public WebElement visible(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits up to 30 s for the text of the element matching {@code css} to satisfy {@code test}; returns the text. */
    public String text(String css, Predicate<String> test) {
        return waiting().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            if (found.isEmpty()) {
                return null;
            }
            String text = found.get(0).getText();
            return test.test(text) ? text : null;
        });
    }

    /** Waits until the dashboard says the screen {@code name} has loaded its data. */
    public void ready(String name) {
        waiting().until(d -> ("ready:" + name).equals(js("return document.body.dataset.state")));
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // The page re-renders a screen when its data arrives: an element found a moment ago may be gone; look again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** A screenshot of the whole page, not only what the viewport shows, written as PNG to {@code file}. */
    public Path screenshot(Path file) {
        Map<String, Object> layout = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) layout.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every console message since the start, the page's own and the browser's (such as failed requests). */
    public List<LogEntry> console() {
        driver.manage().logs().get(LogType.BROWSER).forEach(console::add);
        return List.copyOf(console);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
