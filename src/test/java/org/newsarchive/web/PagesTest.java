package org.newsarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.LocalServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Over real HTTP, so that Spring Boot's error pages take part. */
@ArchiveTest
class PagesTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void homeListsTheFiveSeedArticlesNewestFirst() throws Exception {
        HttpResponse<String> home = fetch("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(
                "Media revealed US and NATO responses to Russia&#39;s so-called &quot;security guarantees&quot;",
                "NATO and US make final adjustments in response to Russian demands",
                "US rejects Russia&#39;s demands: NATO to continue enlargement policy",
                "NATO About to Give Written Response to Russia&#39;s Security Guarantees Proposals, Report Claims");
        assertThat(home.body().indexOf("Media revealed")).isLessThan(home.body().indexOf("NATO About to Give"));
        assertThat(home.body()).contains("about 27 Jan 2022").contains("<time datetime=\"2022-02-02\"");
    }

    /** The filter looks every link a page writes up among the static files: a day page at 1M articles took 120 ms. */
    @Test
    void linksAreWrittenWithoutLookingThemUpAmongTheStaticFiles() {
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values()).extracting(FilterRegistrationBean::getFilter)
                .noneMatch(ResourceUrlEncodingFilter.class::isInstance);
    }

    @Test
    void searchPageShowsHighlightedHits() throws Exception {
        HttpResponse<String> page = fetch("/search?q=Tomahawk");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1 article").contains("<mark>Tomahawk</mark>");
    }

    @Test
    void unknownAddressIsANotFoundPageWithoutInternals() throws Exception {
        HttpResponse<String> page = fetch("/no/such/page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Not found").doesNotContain("Exception", "Whitelabel");
    }

    @Test
    void unknownOrMalformedArticleAddressesAreErrorPagesInTheLayout() throws Exception {
        HttpResponse<String> missing = fetch("/articles/987654");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Not found", "site-header").doesNotContain("Exception");
        HttpResponse<String> malformed = fetch("/articles/not-a-number");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("could not be understood").doesNotContain("Exception");
    }

    @Test
    void unknownOutletsAndDaysAreNotFoundPagesInTheLayout() throws Exception {
        for (String path : new String[] {"/outlets/no-such-outlet", "/dates/2022-01-28", "/dates/1999-01"}) {
            HttpResponse<String> page = fetch(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("site-header").doesNotContain("Exception", "Whitelabel");
        }
    }

    @Test
    void malformedDatesAreBadRequestPagesInTheLayout() throws Exception {
        for (String path : new String[] {"/dates/2022-13-01", "/dates/someday", "/articles?from=2022-02-31",
                "/articles?from=2022-02-02&to=2022-01-01", "/outlets/sputnik?page=x"}) {
            HttpResponse<String> page = fetch(path);
            assertThat(page.statusCode()).as(path).isEqualTo(400);
            assertThat(page.body()).as(path).contains("could not be understood", "site-header")
                    .doesNotContain("Exception", "Whitelabel");
        }
    }

    @Test
    void malformedSearchParametersAreABadRequestPage() throws Exception {
        HttpResponse<String> page = fetch("/search?q=NATO&page=-1");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("This search could not be run", "Pages start at 1.", "site-header")
                .doesNotContain("Exception", "Whitelabel");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> health = fetch("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void probesForLoadBalancersAreUp() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = fetch(probe);
            assertThat(health.statusCode()).as(probe).isEqualTo(200);
            assertThat(health.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return LocalServer.fetch(port, path, "text/html,application/json");
    }
}
