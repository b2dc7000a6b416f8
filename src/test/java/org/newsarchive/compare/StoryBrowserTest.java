package org.newsarchive.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsarchive.support.AdminAccount;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.Browser;
import org.newsarchive.support.Seeds;
import org.newsarchive.support.Slow;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@ArchiveTest
@Slow
class StoryBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListLeadsToAStoryTitledByWhatItsHeadlinesShareWithItsCoverageAndTimeline() throws IOException {
        browser.open(port, "/stories");
        browser.review("stories");
        browser.driver().findElement(By.linkText(StoryPagesTest.TITLE)).click();
        browser.waitFor(ExpectedConditions.urlContains("/stories/"));

        assertThat(browser.find("h1").getText()).isEqualTo(StoryPagesTest.TITLE);
        assertThat(browser.find(".first-reported").getText()).isEqualTo("First reported by Sputnik International on 26 Jan 2022");
        assertThat(browser.driver().findElements(By.cssSelector(".coverage-bar figcaption"))).extracting(WebElement::getText)
                .containsExactly("By kind of outlet", "By country");
        assertThat(browser.driver().findElements(By.cssSelector(".coverage-bar:nth-of-type(2) .legend li"))).extracting(WebElement::getText)
                .containsExactly("Russia 1 outlet", "Spain 1 outlet", "country not known 2 outlets");
        assertThat(browser.driver().findElements(By.cssSelector(".coverage-bar:nth-of-type(2) rect"))).hasSize(3);
        WebElement sputnik = browser.driver().findElement(By.xpath("//table[contains(@class,'story-outlets-table')]//tr[th/a[.='Sputnik International']]"));
        assertThat(sputnik.getText()).contains("publisher", "Russia", "yes", "source: Owned by Rossiya Segodnya");
        assertThat(browser.driver().findElements(By.cssSelector(".story-timeline .coverage-day h3"))).extracting(WebElement::getText)
                .containsExactly("26 Jan 2022", "27 Jan 2022");
        assertThat(browser.find(".story-coverage").getText()).contains("Every outlet with articles from 25 Jan 2022 to 28 Jan 2022 covers this story.");
        browser.review("story");

        browser.find(".compare-button").click();
        browser.waitFor(ExpectedConditions.urlContains("/compare"));
        assertThat(browser.driver().findElements(By.cssSelector(".compare-card"))).hasSize(4);
    }

    @Test
    void aPagePastTheLastSaysSoAndLeadsBack() throws IOException {
        browser.open(port, "/stories?page=99");

        assertThat(browser.find(".pagination .past-the-end").getText()).contains("Page 99 is past the end: there is only 1 page.");
        browser.review("stories-past-end");
        browser.driver().findElement(By.linkText("Go to the last page")).click();
        browser.waitFor(ExpectedConditions.urlContains("page=1"));
        assertThat(browser.driver().findElements(By.cssSelector(".story-summary"))).hasSize(2);
    }

    /** The admin enters an outlet's ownership with its source, and the story page shows it. */
    @Test
    void theAdminEntersAnOutletsProfileAndTheStoryShowsIt() throws IOException {
        Object[] before = jdbc.queryForObject("select country, state_owned, profile_source from outlet where slug = 'atalayar'",
                (row, n) -> new Object[] {row.getString(1), row.getObject(2), row.getString(3)});
        try {
            browser.open(port, "/admin/outlets/atalayar");
            browser.waitFor(ExpectedConditions.urlContains("/login"));
            browser.find("input[name=username]").sendKeys(AdminAccount.USERNAME);
            browser.find("input[name=password]").sendKeys(AdminAccount.PASSWORD, Keys.ENTER);
            browser.waitFor(ExpectedConditions.urlContains("/admin"));
            browser.open(port, "/admin/outlets/atalayar");
            browser.review("admin-outlet-profile");

            browser.find("input[name=stateOwned][value=no]").click();
            browser.find(".profile-form button[type=submit]").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".problems")));
            assertThat(browser.find(".problems").getText()).contains("a source is needed when it is stated");
            browser.review("admin-outlet-profile-problem");

            browser.find("#profileSource").sendKeys("Privately owned, says its about page: https://atalayar.com/en/about");
            browser.find("input[name=stateOwned][value=no]").click();
            browser.find(".profile-form button[type=submit]").click();
            browser.waitFor(ExpectedConditions.urlContains("/admin/outlets"));
            assertThat(browser.find(".notice").getText()).isEqualTo("The profile of Atalayar is saved.");
            browser.review("admin-outlets");

            long story = jdbc.queryForObject("""
                    select sa.story_id from story_article sa join article a on a.id = sa.article_id where a.source_name = ?""",
                    Long.class, Seeds.ATALAYAR);
            browser.open(port, "/stories/" + story);
            WebElement atalayar = browser.driver().findElement(By.xpath("//table[contains(@class,'story-outlets-table')]//tr[th/a[.='Atalayar']]"));
            assertThat(atalayar.getText()).contains("Spain", "no", "source: Privately owned");
        } finally {
            jdbc.update("update outlet set country = ?, state_owned = ?, profile_source = ? where slug = 'atalayar'", before);
            browser.open(port, "/logout");
        }
    }
}
