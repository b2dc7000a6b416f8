package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.Browser;
import org.newsarchive.support.Slow;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Suggestions while typing, in Debian's headless Chromium through its own chromedriver, at phone width. */
@ArchiveTest
@Slow
class SuggestBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void headerBoxSuggestsAsOneTypesAndTheKeyboardPicksOne() throws IOException {
        open("/");
        WebElement box = browser.driver().findElement(By.id("site-search"));
        box.sendKeys("Sput");
        WebElement option = suggestion("site-search", "Sputnik International");
        assertThat(box.getAttribute("role")).isEqualTo("combobox");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        browser.snapshot("suggest-outlet");

        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(option.getAttribute("id"));
        assertThat(option.getAttribute("aria-selected")).isEqualTo("true");
        box.sendKeys(Keys.ENTER);

        browser.waitFor(ExpectedConditions.urlContains("/outlets/sputnik"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sputnik International");
    }

    @Test
    void escapeClosesTheSuggestionsAndKeepsTheText() {
        open("/");
        WebElement box = browser.driver().findElement(By.id("site-search"));
        box.sendKeys("Stol");
        suggestion("site-search", "Jens Stoltenberg");

        box.sendKeys(Keys.ESCAPE);

        assertThat(browser.driver().findElement(By.id("site-search-suggestions")).isDisplayed()).isFalse();
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(box.getAttribute("value")).isEqualTo("Stol");
    }

    @Test
    void aSuggestionOnTheSearchPageOpensWithAClick() throws IOException {
        open("/search?q=");
        WebElement box = browser.driver().findElement(By.id("search-query"));
        box.sendKeys("NATO a");
        WebElement option = suggestion("search-query",
                "NATO About to Give Written Response to Russia's Security Guarantees Proposals, Report Claims");
        box.sendKeys(Keys.ARROW_UP);
        browser.snapshot("suggest-titles");

        option.click();

        browser.waitFor(ExpectedConditions.urlContains("/articles/"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).startsWith("NATO About to Give Written Response");
    }

    @Test
    void enterWithoutAPickedSuggestionSubmitsTheSearch() {
        open("/");
        WebElement box = browser.driver().findElement(By.id("site-search"));
        box.sendKeys("Stol");
        suggestion("site-search", "Jens Stoltenberg");

        box.sendKeys(Keys.ENTER);

        browser.waitFor(ExpectedConditions.urlContains("/search?q=Stol"));
    }

    private WebElement suggestion(String boxId, String label) {
        By options = By.cssSelector("#" + boxId + "-suggestions [role=option]");
        return browser.waitFor(page -> page.findElements(options).stream()
                .filter(option -> option.isDisplayed() && option.getText().equals(label))
                .findFirst().orElse(null));
    }

    private void open(String path) {
        browser.open(port, path, Browser.PHONE);
    }
}
