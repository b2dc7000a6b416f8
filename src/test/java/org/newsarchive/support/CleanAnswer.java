package org.newsarchive.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;

import org.springframework.mock.web.MockHttpServletResponse;

/** What every answer to hostile input must be: no server error, and nothing of an exception in it. */
public final class CleanAnswer {

    private CleanAnswer() {
    }

    public static void assertClean(MockHttpServletResponse response) throws UnsupportedEncodingException {
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as(body).isLessThan(500);
        assertThat(body).doesNotContain("Exception", "\tat org.", "\tat java.");
    }
}
