package org.newsarchive.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (nothing is downloaded), which
 * leaves a screenshot of each page it reviews at phone and desktop widths under
 * {@code target/screenshots}.
 */
public final class Browser {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final int PHONE = 390;
    static final int DESKTOP = 1280;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() throws IOException {
        assertThat(CHROMEDRIVER).as("Debian's chromedriver; install it with: apt-get install chromium chromium-driver")
                .isFile();
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--hide-scrollbars", "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
        return new Browser(driver, profile);
    }

    public void stop() throws IOException {
        driver.quit();
        FileSystemUtils.deleteRecursively(profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(int port, String path) {
        driver.manage().window().setSize(new Dimension(DESKTOP, 900));
        driver.get("http://localhost:" + port + path);
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
            Files.write(SCREENSHOTS.resolve(page + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        }
        driver.manage().window().setSize(new Dimension(DESKTOP, 900));
    }
}
