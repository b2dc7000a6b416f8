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
}
