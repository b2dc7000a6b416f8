package org.newsarchive.web;

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
import org.springframework.boot.test.web.server.LocalServerPort;

/** Walks the archive in a real browser, as a newcomer would, without typing a query. */
@ArchiveTest
@Slow
class BrowserWalkTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void walksFromHomeByDateToAnArticleItsOutletAndAnActor() throws IOException {
        browser.open(port, "/");
        assertThat(browser.find(".extent").getText()).contains("5", "26 Jan 2022", "2 Feb 2022");
        browser.review("home");

        browser.find(".timeline-chart a[href='/dates/2022-01-27']").click();
        assertThat(browser.find("h1").getText()).isEqualTo("Thursday 27 January 2022");
        assertThat(browser.driver().findElements(By.cssSelector(".outlet-group h2"))).extracting(WebElement::getText)
                .containsExactly("Atalayar", "Pledge Times", "playcrazygame.com");
        browser.review("day");

        browser.driver().findElement(By.linkText("US rejects Russia's demands: NATO to continue enlargement policy")).click();
        assertThat(browser.find("h1").getText()).isEqualTo("US rejects Russia's demands: NATO to continue enlargement policy");
        WebElement inferredDate = browser.find(".article-page .inferred-date");
        inferredDate.findElement(By.tagName("summary")).click();
        assertThat(inferredDate.getText()).contains("about 27 Jan 2022", "27 January is inferred");
        assertThat(browser.driver().findElements(By.cssSelector(".article-page .body .quote"))).hasSizeGreaterThan(10);
        browser.review("article");

        browser.find(".article-page .meta a.outlet").click();
        assertThat(browser.find("h1").getText()).isEqualTo("Atalayar");
        assertThat(browser.find(".article-list").getText())
                .contains("US rejects Russia's demands: NATO to continue enlargement policy");
        browser.review("outlet");

        browser.driver().navigate().back();
        browser.driver().findElement(By.linkText("Antony Blinken")).click();
        assertThat(browser.find("h1").getText()).isEqualTo("Antony Blinken");
        assertThat(browser.find("main").getText()).contains("Secretary of State");
        browser.review("actor");
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichMovesToTheContent() {
        browser.open(port, "/dates/2022-01");
        browser.find("body").sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to content");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.driver().getCurrentUrl()).endsWith("#content");
    }
}
