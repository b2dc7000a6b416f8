package org.newsarchive.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.newsarchive.support.Seeds.ATALAYAR;
import static org.newsarchive.support.Seeds.PLAYCRAZYGAME;
import static org.newsarchive.support.Seeds.PLEDGE_TIMES;
import static org.newsarchive.support.Seeds.SPUTNIK;
import static org.newsarchive.support.Seeds.UNIDENTIFIED;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.Browser;
import org.newsarchive.support.Slow;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@ArchiveTest
@Slow
class CompareBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ticksTwoArticlesOfADayAndReadsTheirHeadlinesAndTextsBeforeTheFoldedMatrix() throws IOException {
        browser.open(port, "/dates/2022-01-27");
        browser.driver().findElement(By.cssSelector("input[aria-label$='NATO and US make final adjustments in response to Russian demands']")).click();
        browser.driver().findElement(By.cssSelector("input[aria-label$='US rejects Russia\\'s demands: NATO to continue enlargement policy']")).click();
        browser.find(".compare-form button").click();
        // The click returns before the comparison has loaded: reading the cards at once could find none.
        browser.waitFor(ExpectedConditions.urlContains("/compare"));

        assertThat(browser.driver().findElements(By.cssSelector(".compare-card h3"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("US rejects Russia's demands: NATO to continue enlargement policy",
                        "NATO and US make final adjustments in response to Russian demands");
        assertThat(browser.find(".first-reported").getText()).startsWith("First reported, on the same day, by");
        assertThat(browser.driver().findElements(By.cssSelector(".compare-card .own-word"))).extracting(WebElement::getText)
                .contains("rejects", "final", "adjustments").doesNotContain("NATO", "US");
        WebElement matrix = browser.find(".matrix");
        assertThat(matrix.isDisplayed()).as("the matrix starts folded").isFalse();
        assertThat(browser.find(".aligned-texts").getLocation().getY()).isLessThan(browser.find(".matrix-section").getLocation().getY());
        browser.review("compare");

        browser.find(".matrix-section summary").click();
        assertThat(matrix.isDisplayed()).isTrue();
        assertThat(matrix.getText()).contains("Russia's demands", "only in Atalayar");
        browser.assertAccessible("compare with its matrix open");
        browser.review("compare-matrix-open");
    }

    @Test
    void aSharedQuoteLeadsToTheSameQuoteInTheNextColumn() {
        browser.open(port, "/compare?articles=" + ids(UNIDENTIFIED, ATALAYAR));

        WebElement shared = browser.find(".aligned mark.shared a");
        assertThat(shared.getText().replace('-', ' ')).containsIgnoringCase("open door policy");
        String target = shared.getAttribute("href").substring(shared.getAttribute("href").indexOf('#') + 1);
        shared.click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("#" + target);
        assertThat(browser.driver().findElement(By.id(target)).getText().replace('-', ' ')).containsIgnoringCase("open door policy");
        assertThat(browser.driver().findElements(By.cssSelector(".shared-list li"))).hasSize(1);
    }

    /**
     * On a desktop the columns' heads (outlet, date, headline) stay at the top of the window while the
     * texts scroll under them; on a phone the columns stack and each passage keeps its outlet's label
     * at the top while it is read.
     */
    @Test
    void eachColumnKeepsItsHeadInViewWhileItsTextIsReadAtBothWidths() throws IOException {
        browser.open(port, "/compare?articles=" + ids(SPUTNIK, PLAYCRAZYGAME, PLEDGE_TIMES, ATALAYAR));
        assertThat(browser.driver().findElements(By.cssSelector(".column-head .column-outlet"))).extracting(WebElement::getText)
                .containsExactly("Sputnik International", "playcrazygame.com", "Pledge Times", "Atalayar");
        browser.review("compare-four");
        // What the first screen shows: the headlines, and on a desktop the texts just below them, with no matrix before them.
        for (int width : new int[] {Browser.PHONE, Browser.DESKTOP}) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            browser.driver().executeScript("window.scrollTo(0, 0)");
            browser.snapshot("compare-first-screen-" + width);
        }
        assertThat(top(".aligned-texts .aligned-row")).as("the texts begin within a screen and a half").isLessThan(1350);

        browser.driver().manage().window().setSize(new Dimension(Browser.DESKTOP, 900));
        browser.driver().executeScript("window.scrollTo(0, document.querySelector('.aligned-row:nth-of-type(4)').offsetTop)");
        assertThat(top(".column-heads")).isCloseTo(0, within(1.0));
        assertThat(browser.find(".column-heads").isDisplayed()).isTrue();
        browser.snapshot("compare-sticky-" + Browser.DESKTOP);

        browser.driver().manage().window().setSize(new Dimension(Browser.PHONE, 900));
        assertThat(browser.find(".column-heads").isDisplayed()).isFalse();
        assertThat(browser.find(".stacked-hint").isDisplayed()).isTrue();
        // Half way down the tallest passage, its label is at the top of the window.
        browser.driver().executeScript("""
                const cells = [...document.querySelectorAll('.aligned .cell:not(.empty)')];
                const tallest = cells.reduce((a, b) => b.offsetHeight > a.offsetHeight ? b : a);
                tallest.id = 'tallest';
                window.scrollTo(0, tallest.getBoundingClientRect().top + window.scrollY + tallest.offsetHeight / 2);
                """);
        assertThat(browser.find("#tallest").getSize().getHeight()).isGreaterThan(900);
        assertThat(top("#tallest .cell-head")).isCloseTo(0, within(1.0));
        assertThat(browser.find("#tallest .cell-head").getText()).isNotBlank();
        browser.snapshot("compare-sticky-" + Browser.PHONE);
    }

    private double top(String selector) {
        return ((Number) browser.driver().executeScript(
                "return document.querySelector(arguments[0]).getBoundingClientRect().top", selector)).doubleValue();
    }

    private String ids(String... sources) {
        return Arrays.stream(sources).map(source -> String.valueOf(jdbc.queryForObject(
                "select id from article where source_name = ?", Long.class, source))).collect(Collectors.joining(","));
    }
}
