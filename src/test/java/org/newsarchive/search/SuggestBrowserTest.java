package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/** Suggestions while typing, in Debian's headless Chromium through its own chromedriver, at phone width. */
@ArchiveTest
class SuggestBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int PHONE = 390;

    static ChromeDriver browser;
    static Path profile;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        File chromedriver = new File("/usr/bin/chromedriver");
        assertThat(chromedriver).as("Debian's chromedriver; install it with: apt-get install chromium chromium-driver")
                .isFile();
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    @Test
    void headerBoxSuggestsAsOneTypesAndTheKeyboardPicksOne() throws IOException {
        open("/");
        WebElement box = browser.findElement(By.id("site-search"));
        box.sendKeys("Sput");
        WebElement option = suggestion("site-search", "Sputnik International");
        assertThat(box.getAttribute("role")).isEqualTo("combobox");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        review("suggest-outlet");

        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(option.getAttribute("id"));
        assertThat(option.getAttribute("aria-selected")).isEqualTo("true");
        box.sendKeys(Keys.ENTER);

        wait(ExpectedConditions.urlContains("/outlets/sputnik"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sputnik International");
    }

    @Test
    void escapeClosesTheSuggestionsAndKeepsTheText() {
        open("/");
        WebElement box = browser.findElement(By.id("site-search"));
        box.sendKeys("Stol");
        suggestion("site-search", "Jens Stoltenberg");

        box.sendKeys(Keys.ESCAPE);

        assertThat(browser.findElement(By.id("site-search-suggestions")).isDisplayed()).isFalse();
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(box.getAttribute("value")).isEqualTo("Stol");
    }

    @Test
    void aSuggestionOnTheSearchPageOpensWithAClick() throws IOException {
        open("/search?q=");
        WebElement box = browser.findElement(By.id("search-query"));
        box.sendKeys("NATO a");
        WebElement option = suggestion("search-query",
                "NATO About to Give Written Response to Russia's Security Guarantees Proposals, Report Claims");
        box.sendKeys(Keys.ARROW_UP);
        review("suggest-titles");

        option.click();

        wait(ExpectedConditions.urlContains("/articles/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("NATO About to Give Written Response");
    }

    @Test
    void enterWithoutAPickedSuggestionSubmitsTheSearch() {
        open("/");
        WebElement box = browser.findElement(By.id("site-search"));
        box.sendKeys("Stol");
        suggestion("site-search", "Jens Stoltenberg");

        box.sendKeys(Keys.ENTER);

        wait(ExpectedConditions.urlContains("/search?q=Stol"));
    }

    private WebElement suggestion(String boxId, String label) {
        By options = By.cssSelector("#" + boxId + "-suggestions [role=option]");
        return wait(page -> page.findElements(options).stream()
                .filter(option -> option.isDisplayed() && option.getText().equals(label))
                .findFirst().orElse(null));
    }

    private <T> T wait(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }

    /** Saves the page as it looks now under {@code target/screenshots}, for review. */
    private void review(String name) throws IOException {
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private void open(String path) {
        browser.manage().window().setSize(new Dimension(PHONE, 900));
        browser.get("http://localhost:" + port + path);
    }
}
