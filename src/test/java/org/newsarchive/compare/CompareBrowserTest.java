package org.newsarchive.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

@ArchiveTest
class CompareBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void ticksTwoArticlesOfADayAndReadsThemSideBySide() throws IOException {
        browser.open(port, "/dates/2022-01-27");
        browser.driver().findElement(By.cssSelector("input[aria-label$='NATO and US make final adjustments in response to Russian demands']")).click();
        browser.driver().findElement(By.cssSelector("input[aria-label$='US rejects Russia\\'s demands: NATO to continue enlargement policy']")).click();
        browser.find(".compare-form button").click();
        // The click returns before the comparison has loaded: reading the cards at once could find none.
        browser.waitFor(ExpectedConditions.urlContains("/compare"));

        assertThat(browser.driver().findElements(By.cssSelector(".compare-card h2"))).extracting(WebElement::getText)
                .containsExactly("US rejects Russia's demands: NATO to continue enlargement policy",
                        "NATO and US make final adjustments in response to Russian demands");
        assertThat(browser.find(".matrix").getText()).contains("Russia's demands", "only in Atalayar");
        WebElement shared = browser.find(".aligned mark.shared a");
        assertThat(shared.getText()).containsIgnoringCase("de-escalate");
        String target = shared.getAttribute("href").substring(shared.getAttribute("href").indexOf('#') + 1);
        shared.click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("#" + target);
        assertThat(browser.driver().findElement(By.id(target)).getText()).containsIgnoringCase("de-escalate");
        browser.review("compare");
    }
}
