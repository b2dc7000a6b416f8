package org.newsarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsarchive.support.AdminAccount;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.Browser;
import org.newsarchive.support.Slow;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The archive's pages look like one product at phone and desktop widths (screenshots under
 * target/screenshots), in the served fonts, with one search box each, and pass axe-core.
 */
@ArchiveTest
@Slow
class DesignBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void everyPageHasTheBrandOneSearchBoxAndTheServedFonts() throws IOException {
        for (String path : new String[] {"/", "/articles", "/dates", "/dates/2022-01", "/outlets", "/outlets/sputnik",
                "/actors", "/demands", "/no/such/page"}) {
            browser.open(port, path);
            assertThat(browser.find(".site-header .brand-name").getText()).as(path).isEqualTo("News Archive");
            assertThat(browser.driver().findElements(By.cssSelector("input[type=search]"))).as(path).hasSize(1);
            assertThat(browser.find(".site-footer").getText()).as(path).doesNotContain("PostgreSQL");
        }
        browser.open(port, "/search?q=NATO");
        assertThat(browser.driver().findElements(By.cssSelector("input[type=search]"))).hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector(".site-header input[type=search]"))).isEmpty();

        assertThat(browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => done(document.fonts.check('16px "Source Sans 3"')
                    && document.fonts.check('bold 16px "Source Serif 4"')
                    && [...document.fonts].some(font => font.family.includes('Source Serif 4') && font.status === 'loaded')));
                """)).isEqualTo(true);
        assertThat(browser.find("h1").getCssValue("font-family")).contains("Source Serif 4");
        assertThat(browser.find(".result-count").getCssValue("font-family")).contains("Source Sans 3");
    }

    @Test
    void homeListsAndReferencePagesAtBothWidths() throws IOException {
        browser.open(port, "/");
        browser.review("design-home");
        browser.open(port, "/outlets");
        assertThat(browser.find(".table-scroll").getAttribute("tabindex")).isEqualTo("0");
        browser.review("design-outlets");
        browser.open(port, "/dates/2022-01");
        browser.review("design-month");
        browser.open(port, "/actors");
        browser.review("design-actors");
        browser.open(port, "/demands");
        browser.review("design-demands");
        browser.open(port, "/no/such/page");
        browser.review("design-not-found");
    }

    @Test
    void theLoginPageIsTheArchivesOwnAndLeadsToBrandedAdminPages() throws IOException {
        browser.open(port, "/admin");
        browser.waitFor(ExpectedConditions.urlContains("/login"));
        assertThat(browser.find("h1").getText()).isEqualTo("Sign in to administer the archive");
        assertThat(browser.driver().findElements(By.cssSelector(".site-header .brand"))).hasSize(1);
        browser.review("login");

        browser.find("#username").sendKeys(AdminAccount.USERNAME);
        browser.find("#password").sendKeys("a wrong password");
        browser.find(".login-page button[type=submit]").click();
        browser.waitFor(ExpectedConditions.urlContains("error"));
        assertThat(browser.find(".login-page .notice").getText()).isEqualTo("The username or password is wrong.");
        browser.review("login-failed");

        browser.find("#username").sendKeys(AdminAccount.USERNAME);
        browser.find("#password").sendKeys(AdminAccount.PASSWORD);
        browser.find(".login-page button[type=submit]").click();
        browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        assertThat(browser.find("h1").getText()).isEqualTo("Administration");
        assertThat(browser.find(".admin-bar a[aria-current=page]").getText()).isEqualTo("Administration");
        browser.review("admin");

        browser.driver().findElement(By.cssSelector(".admin-bar")).findElement(By.linkText("Add coverage")).click();
        browser.waitFor(ExpectedConditions.urlContains("/admin/imports"));
        browser.review("admin-imports");
        browser.driver().findElement(By.cssSelector(".admin-bar")).findElement(By.partialLinkText("Detected names")).click();
        browser.waitFor(ExpectedConditions.urlContains("/admin/actors"));
        browser.review("admin-actors");

        browser.find(".admin-bar button").click();
        browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/admin")));
        browser.open(port, "/admin");
        browser.waitFor(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void aListingPagePastTheEndSaysSoAndLinksBackToTheLastPage() {
        browser.open(port, "/stories?page=99");
        WebElement notice = browser.find(".pagination .past-the-end");
        assertThat(notice.getText()).startsWith("Page 99 is past the end");
        browser.driver().findElement(By.linkText("Go to the last page")).click();
        browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("page=99")));
        assertThat(browser.driver().findElements(By.cssSelector(".past-the-end"))).isEmpty();
        browser.open(port, "/articles?page=99");
        assertThat(browser.find(".pagination .past-the-end").getText()).contains("Page 99 is past the end", "only 1 page");
    }
}
