package org.newsarchive.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (nothing is downloaded), which
 * leaves a screenshot of each page it reviews at phone and desktop widths under
 * {@code target/screenshots}. A test class registers it as a static extension. One browser serves every
 * class of a test run, started for the first and quit when the run ends; each class starts with no cookies,
 * so signed out. Each reviewed page is also checked by axe-core
 * (from npm, under {@code src/test/resources/axe} with its licence), which must find no serious or
 * critical violation.
 */
public final class Browser implements BeforeAllCallback {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    public static final int PHONE = 390;
    public static final int DESKTOP = 1280;

    private static final String AXE = axeSource();
    /** Runs axe on the page and hands back its serious and critical violations, one line per element. */
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(results => done(results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .flatMap(v => v.nodes.map(n => v.impact + ' ' + v.id + ' (' + v.help + ') at ' + n.target.join(' ')
                    + ': ' + n.failureSummary.replace(/\\s+/g, ' ')))), error => done(['axe failed: ' + error]));
            """;

    private ChromeDriver driver;

    @Override
    public void beforeAll(ExtensionContext context) {
        driver = context.getRoot().getStore(ExtensionContext.Namespace.create(Browser.class))
                .computeIfAbsent(Chromium.class).driver;
        // The classes before may have signed in, on any port of localhost.
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** The run's one browser, which the root context's store closes when the run ends. */
    static final class Chromium implements AutoCloseable {

        private final Path profile;
        private final ChromeDriver driver;

        Chromium() throws IOException {
            assertThat(CHROMEDRIVER).as("Debian's chromedriver; install it with: apt-get install chromium chromium-driver")
                    .isFile();
            profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments(
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--hide-scrollbars", "--user-data-dir=" + profile);
            driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            Files.createDirectories(SCREENSHOTS);
        }

        @Override
        public void close() {
            driver.quit();
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(int port, String path) {
        open(port, path, DESKTOP);
    }

    public void open(int port, String path, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get("http://localhost:" + port + path);
    }

    /** Saves the page as it looks now, at its present size. */
    public void snapshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    /**
     * Saves the whole page at both widths, checking that on neither does anything but a deliberately
     * scrolling part (a wide table, the timeline) run off the side.
     */
    public void review(String page) throws IOException {
        for (int width : new int[] {PHONE, DESKTOP}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(height, 8000)));
            long overflow = ((Number) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
            assertThat(overflow).as("%s at %d px runs off the side by", page, width).isLessThanOrEqualTo(0);
            assertAccessible(page + " at " + width + " px");
            Files.write(SCREENSHOTS.resolve(page + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
        driver.manage().window().setSize(new Dimension(DESKTOP, 900));
    }

    /** Fails on every serious or critical accessibility violation axe-core finds on the page as it is now. */
    public void assertAccessible(String page) {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof axe !== 'undefined'"))) {
            driver.executeScript(AXE);
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) driver.executeAsyncScript(AXE_RUN);
        assertThat(violations).as("serious accessibility violations on %s", page).isEmpty();
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            assertThat(in).as("axe-core under src/test/resources/axe").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
