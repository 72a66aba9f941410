package dev.outbound.adapter.http.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests: the system's {@code /usr/bin/chromium} driven by the system's
 * {@code /usr/bin/chromedriver}, with a fresh profile, so that Selenium Manager never downloads anything.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The agent's zone in the tests: unlike the customers' zones, so that the desktop shows both. */
    static final String AGENT_TIME_ZONE = "Europe/Paris";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern REFUSED_REQUEST =
            Pattern.compile("/api/v2/service - Failed to load resource: .* status of 4\\d\\d");

    private final Path profile;
    private final ChromeDriver driver;

    /**
     * Skips the calling test when Chromium is not installed, except in CI ({@code CI=true}), where a missing
     * browser is a failure: {@code .ci/run} installs it.
     */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail(CHROMIUM + " is missing in CI; .ci/run installs chromium and chromium-driver");
        }
        Assumptions.assumeTrue(installed, CHROMIUM + " is not installed (apt-get install chromium "
                + "chromium-driver): browser tests skipped");
    }

    Browser() {
        System.setProperty("SE_OFFLINE", "true");
        try {
            profile = Files.createTempDirectory("outbound-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1440,1000", "--lang=en-US");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("TZ", AGENT_TIME_ZONE))
                .withLogOutput(OutputStream.nullOutputStream()).build();
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Runs JavaScript in the current frame. */
    Object script(String javaScript, Object... arguments) {
        return driver.executeScript(javaScript, arguments);
    }

    /** Runs asynchronous JavaScript: it ends by calling its last argument with the result. */
    Object asyncScript(String javaScript, Object... arguments) {
        return driver.executeAsyncScript(javaScript, arguments);
    }

    /**
     * Waits (up to 10 s) until the condition gives something other than null or false. Elements the page replaced
     * meanwhile, or covered for a moment, only mean trying again.
     */
    <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT, Duration.ofMillis(25)).withMessage(what)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class)
                .until(condition);
    }

    /** Waits for an element to be displayed and returns it. */
    WebElement awaitVisible(String css) {
        return await(css + " displayed", d -> d.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Waits for an element's text to contain a string. */
    WebElement awaitText(String css, String text) {
        return await(css + " showing \"" + text + "\"", d -> d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.getText().contains(text)).findFirst().orElse(null));
    }

    /** Clicks an element once it is displayed and enabled. */
    void click(String css) {
        await(css + " clicked", d -> {
            for (WebElement element : d.findElements(By.cssSelector(css))) {
                if (element.isDisplayed() && element.isEnabled()) {
                    element.click();
                    return true;
                }
            }
            return null;
        });
    }

    /**
     * The browser console's errors since the last call: uncaught exceptions, files that failed to load. Refused
     * requests are left out: the service answers them with a 4xx status, which Chromium reports too.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !REFUSED_REQUEST.matcher(message).find())
                .toList();
    }

    /** Saves a PNG of the window. */
    void screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
