package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.Browser;
import org.newsarchive.support.Slow;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Searches in Debian's headless Chromium, on an archive that also holds an article whose text is
 * hostile markup (hence a context, and a database, of its own).
 */
@ArchiveTest
@TestPropertySource(properties = "news-archive.test.corpus=seeds-and-hostile-article")
@Slow
class SearchBrowserTest {

    static final String HOSTILE_TEXT = "Tomahawk <script>window.hostileRan = true;</script> "
            + "<img src=x onerror=\"window.hostileRan = true\"> missiles were offered, the leak says.";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void addTheHostileArticle() throws InterruptedException {
        if (jdbc.queryForObject("select count(*) from article where source_name = 'hostile.txt'", Integer.class) == 0) {
            jdbc.update("""
                    insert into article (slug, outlet_id, title, body, raw_text, published_on, date_basis, date_evidence,
                        language, content_hash, source_name)
                    select 'hostile', id, '<b>Leak</b> <script>window.hostileRan = true;</script>', ?, ?, date '2022-02-03',
                        'IN_TEXT', 'test', 'en', repeat('f', 64), 'hostile.txt' from outlet where slug = 'unidentified'
                    """, HOSTILE_TEXT, HOSTILE_TEXT);
            Search.mapping(entityManagerFactory).scope(Object.class).massIndexer().startAndWait();
        }
    }

    @Test
    void searchesTicksAnOutletChangesTheOrderAndOpensAHit() throws IOException {
        browser.open(port, "/search?q=NATO");
        assertThat(browser.find(".result-count").getText()).isEqualTo("5 articles");
        browser.review("search");

        WebElement sputnik = browser.driver().findElement(By.cssSelector("input[name=outlet][value=sputnik]"));
        sputnik.click();
        browser.driver().findElement(By.cssSelector(".facets .apply")).click();
        // Until the new page has loaded, the old one's count is still there to be read.
        browser.waitFor(ExpectedConditions.urlContains("outlet=sputnik"));
        assertThat(browser.find(".result-count").getText()).isEqualTo("1 article");
        assertThat(browser.find(".active-filters").getText()).contains("Outlet: Sputnik International");
        browser.review("search-outlet");

        browser.driver().findElement(By.cssSelector(".active-filters a[aria-label^='Remove']")).click();
        new Select(browser.driver().findElement(By.name("sort"))).selectByValue("oldest");
        browser.driver().findElement(By.cssSelector(".query-row button")).click();
        browser.waitFor(ExpectedConditions.urlContains("sort=oldest"));
        assertThat(browser.driver().findElements(By.cssSelector(".results .article-summary time")))
                .first().extracting(time -> time.getAttribute("datetime")).isEqualTo("2022-01-26");
        browser.review("search-oldest");

        browser.driver().findElements(By.cssSelector(".results .article-summary a.title")).get(0).click();
        assertThat(browser.driver().findElements(By.cssSelector(".article-page .body mark")))
                .isNotEmpty().allSatisfy(mark -> assertThat(mark.getText()).startsWith("NATO"));
        browser.review("search-hit");
    }

    @Test
    void hostileMarkupInAnArticleIsShownAsTextAndNeverRuns() throws IOException {
        browser.open(port, "/search?q=Tomahawk");
        assertThat(browser.driver().findElements(By.cssSelector(".snippet"))).extracting(WebElement::getText)
                .anySatisfy(snippet -> assertThat(snippet).contains("<script>window.hostileRan = true;</script>"));
        assertThat(browser.driver().findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".results img"))).isEmpty();
        assertThat(browser.driver().executeScript("return window.hostileRan === undefined")).isEqualTo(true);
        browser.review("search-hostile");

        browser.driver().findElement(By.partialLinkText("<b>Leak</b>")).click();
        assertThat(browser.find("h1").getText()).isEqualTo("<b>Leak</b> <script>window.hostileRan = true;</script>");
        assertThat(browser.find(".article-page .body").getText()).contains("<img src=x onerror=");
        assertThat(browser.driver().executeScript("return window.hostileRan === undefined")).isEqualTo(true);
    }

    @Test
    void aBoostNeverNarrowsTheHitsAndRawCharactersGetTheSearchPage() throws IOException {
        browser.open(port, "/search?q=NATO^2");
        assertThat(browser.find(".result-count").getText()).isEqualTo("5 articles");
        browser.open(port, "/search?q=Kyiv|Kiev");
        assertThat(browser.find("h1").getText()).startsWith("Search:");
        assertThat(browser.driver().findElements(By.cssSelector(".site-header"))).hasSize(1);
        browser.open(port, "/search?q=[NATO]");
        assertThat(browser.find(".result-count").getText()).isEqualTo("5 articles");
        browser.review("search-raw-characters");
    }

    @Test
    void titleOutletAndBylineSearchOneFieldEach() {
        browser.open(port, "/search?q=outlet:sputnik");
        assertThat(browser.find(".result-count").getText()).isEqualTo("1 article");
        assertThat(browser.find(".results .outlet").getAttribute("textContent")).isEqualTo("Sputnik International");

        browser.open(port, "/search?q=title:\"security guarantees\"");
        assertThat(browser.driver().findElements(By.cssSelector(".results .article-summary a.title")))
                .extracting(WebElement::getText).hasSize(2)
                .allSatisfy(title -> assertThat(title).containsIgnoringCase("security guarantees"));

        browser.open(port, "/search?q=byline:Artyukhina NATO");
        assertThat(browser.find(".result-count").getText()).isEqualTo("1 article");
        assertThat(browser.find(".search-help").getAttribute("textContent")).contains("title:", "outlet:", "byline:");
    }

    @Test
    void pagingKeepsTheSizeAndAPagePastTheLastSaysSoAndLinksBack() throws IOException {
        browser.open(port, "/search?q=NATO&size=2&sort=oldest");
        browser.find(".pagination a[rel=next]").click();
        browser.waitFor(ExpectedConditions.urlContains("page=2"));
        assertThat(browser.driver().getCurrentUrl()).contains("size=2", "sort=oldest");
        assertThat(browser.driver().findElements(By.cssSelector(".results .article-summary"))).hasSize(2);
        assertThat(browser.find(".pagination").getText()).contains("Page 2 of 3");

        browser.open(port, "/search?q=NATO&size=2&page=9");
        assertThat(browser.find(".past-the-end").getText()).contains("Page 9 is past the end", "only 3 pages");
        browser.review("search-past-the-end");
        browser.driver().findElement(By.linkText("Go to the last page")).click();
        browser.waitFor(ExpectedConditions.urlContains("page=3"));
        assertThat(browser.driver().getCurrentUrl()).contains("size=2");
        assertThat(browser.driver().findElements(By.cssSelector(".results .article-summary"))).hasSize(1);
    }

    @Test
    void emptyFiltersLeaveTheAddress() {
        browser.open(port, "/search?q=NATO");
        browser.find(".query-row button").click();
        browser.waitFor(ExpectedConditions.urlContains("q=NATO"));
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("from=", "to=").endsWith("/search?q=NATO&sort=relevance");
        assertThat(browser.find(".result-count").getText()).isEqualTo("5 articles");
    }

    @Test
    void snippetsEndOnWordBoundariesWithAnEllipsisAndTheHistogramSpacesDaysByTime() {
        browser.open(port, "/search?q=demands");
        assertThat(browser.driver().findElements(By.cssSelector(".snippet"))).isNotEmpty()
                .extracting(WebElement::getText).allSatisfy(snippet -> assertThat(snippet).matches("(?s).*[.!?…\"”]$"));
        browser.open(port, "/search?q=NATO");
        assertThat(browser.driver().findElements(By.cssSelector(".histogram text"))).extracting(WebElement::getText)
                .containsExactly("26 Jan 2022", "2 Feb 2022");
        assertThat(browser.driver().findElements(By.cssSelector(".histogram .hit")))
                .extracting(bar -> Double.parseDouble(bar.getAttribute("x"))).containsExactly(0.0, 37.5, 262.5);
    }

    @Test
    void onAPhoneTheFiltersWaitBehindAControlAtTheTopWithASkipLinkToTheResults() throws IOException {
        browser.open(port, "/search?q=NATO", Browser.PHONE);
        assertThat(browser.find(".facets").isDisplayed()).isFalse();
        WebElement skip = browser.driver().findElement(By.linkText("Skip to results"));
        assertThat(skip.isDisplayed()).isTrue();
        assertThat(skip.getLocation().getY()).isLessThan(browser.find(".results").getLocation().getY());
        browser.snapshot("search-phone-closed");

        browser.driver().findElement(By.linkText("Filters")).click();
        assertThat(browser.find(".facets").isDisplayed()).isTrue();
        browser.driver().findElement(By.cssSelector("input[name=outlet][value=sputnik]")).click();
        browser.snapshot("search-phone-filters");
        browser.find(".facets .apply").click();
        browser.waitFor(ExpectedConditions.urlContains("outlet=sputnik"));
        assertThat(browser.find(".result-count").getText()).isEqualTo("1 article");
        assertThat(browser.driver().findElement(By.partialLinkText("Filters (1 active)")).isDisplayed()).isTrue();
        assertThat(browser.find(".facets").isDisplayed()).isFalse();
    }
}
