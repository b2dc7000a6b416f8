package org.newsarchive.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.AdminAccount;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.test.web.servlet.MockMvc;

@ArchiveTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    LoginThrottle throttle;

    @Test
    void everyPageForbidsInlineScriptFramingAndSniffing() throws Exception {
        for (String path : new String[] {"/", "/search?q=NATO", "/dates/2022-01", "/api/search?q=NATO", "/no/such/page"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
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
