package org.newsarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.LocalServer;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Addresses with characters a browser sends raw, typed or pasted by a reader: the archive's own pages
 * answer them, with the status they deserve, never the servlet container's bare error page.
 */
@ArchiveTest
class RawAddressTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {
            "/search?q=Kyiv|Kiev 200",
            "/search?q=NATO^2 200",
            "/search?q=[NATO] 200",
            "/search?q={NATO} 200",
            "/search?q=NATO\\Russia 200",
            "/search?q=`NATO` 200",
            "/search?q=<NATO> 200",
            "/search?q=\"NATO\" 200",
            "/articles/a|b 400",
            "/outlets/a|b 404",
            "/outlets/[x] 404",
            "/outlets/a^b 404",
            "/outlets/{x} 404",
            "/outlets/a\\b 400",
            "/outlets/%zz 400",
            "/search?q=%zz 400",
    })
    void rawCharactersInAnAddressGetTheArchivesOwnPage(String target, int status) throws IOException {
        String response = LocalServer.fetchRaw(port, target);
        assertThat(response).as(target).startsWith("HTTP/1.1 " + status).contains("class=\"site-header\"", "Content-Security-Policy: default-src 'self'")
                .doesNotContain("Apache Tomcat", "Exception");
    }
}
