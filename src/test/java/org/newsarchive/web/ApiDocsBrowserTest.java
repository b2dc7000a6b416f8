package org.newsarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.Browser;
import org.newsarchive.support.OpenApiContract;
import org.newsarchive.support.Slow;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API's page, Swagger UI from its jar, in Debian's headless Chromium under the archive's Content-Security-Policy:
 * it loads the description, lists every operation and breaks none of the policy's rules doing it.
 */
@ArchiveTest
@Slow
class ApiDocsBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void theApiPageListsEveryOperationWithoutBreakingTheContentSecurityPolicy() throws IOException {
        // Added by the browser itself rather than by the page, so the policy does not apply to it.
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.cspViolations = [];
                document.addEventListener('securitypolicyviolation',
                    e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ' ' + e.sample
                        + ' ' + (e.target.outerHTML || '').substring(0, 200)));"""));

        browser.open(port, "/api/docs");
        int operations = new OpenApiContract().operations().size();
        try {
            // Swagger UI's bundle is a megabyte and a half of script: more than the usual few seconds on a busy machine.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(driver -> driver.findElements(By.cssSelector(".opblock")).size() == operations);
        } finally {
            browser.snapshot("api-docs");
        }

        assertThat(browser.find(".info .title").getText()).startsWith("News Archive API");
        assertThat(browser.driver().findElements(By.cssSelector(".opblock-summary-path")))
                .extracting(path -> path.getText().replace("\u200B", "")).contains("/api/search", "/api/articles/{id}");
        assertThat((List<?>) browser.driver().executeScript("return window.cspViolations")).isEmpty();
    }
}
