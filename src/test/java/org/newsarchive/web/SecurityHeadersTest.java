package org.newsarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpHeaders;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.AdminAccount;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.LocalServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.test.web.servlet.MockMvc;

@ArchiveTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    /**
     * Over real HTTP, so that the error pages the container forwards to take part: the headers are written
     * before a request is handled, and those pages must keep them.
     */
    @Test
    void everyPageForbidsInlineScriptFramingAndSniffing() throws Exception {
        for (String path : new String[] {"/", "/search?q=NATO", "/dates/2022-01", "/api/search?q=NATO", "/no/such/page",
                "/articles/987654", "/search?page=abc", "/css/archive.css"}) {
            HttpHeaders headers = LocalServer.fetch(port, path, "text/html,application/json").headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
        }
    }

    @Test
    void repeatedWrongPasswordsLockTheAdminAccountEvenAgainstTheRightOne() throws Exception {
        String article = "{\"text\": \"A short test article about NATO.\", \"title\": \"Throttle\"}";
        try {
            for (int i = 0; i < LoginThrottle.ATTEMPTS; i++) {
                mvc.perform(post("/api/articles").with(httpBasic(AdminAccount.USERNAME, "guess-" + i))
                        .contentType(MediaType.APPLICATION_JSON).content(article)).andExpect(status().isUnauthorized());
            }
            mvc.perform(post("/api/articles").with(httpBasic(AdminAccount.USERNAME, AdminAccount.PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content(article)).andExpect(status().isUnauthorized());
        } finally {
            throttle.succeeded(new AuthenticationSuccessEvent(
                    UsernamePasswordAuthenticationToken.authenticated(AdminAccount.USERNAME, null, null)));
        }
    }
}
