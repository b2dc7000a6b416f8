package org.newsarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PageLinksTest {

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void linksKeepTheOtherParametersAndChangeOnlyThePage() {
        requesting("/articles", "from=2022-01-27&to=2022-02-02&page=2");
        PageLinks links = PageLinks.of(new PageImpl<>(List.of("x"), PageRequest.of(1, 20), 45), 2);

        assertThat(links.pages()).isEqualTo(3);
        assertThat(links.previous()).isEqualTo("/articles?from=2022-01-27&to=2022-02-02&page=1");
        assertThat(links.next()).isEqualTo("/articles?from=2022-01-27&to=2022-02-02&page=3");
    }

    @Test
    void theFirstPageHasNoPreviousAndTheLastNoNext() {
        requesting("/outlets/sputnik", null);
        PageLinks links = PageLinks.of(new PageImpl<>(List.of("x"), PageRequest.of(0, 20), 1), 1);

        assertThat(links.previous()).isNull();
        assertThat(links.next()).isNull();
    }

    @Test
    void aPagePastTheEndLeadsBackToTheLastPage() {
        requesting("/articles", "page=9");
        PageLinks links = PageLinks.of(new PageImpl<>(List.of(), PageRequest.of(8, 20), 45), 9);

        assertThat(links.previous()).isEqualTo("/articles?page=3");
        assertThat(links.next()).isNull();
    }

    @Test
    void encodedQueriesStayEncodedOnce() {
        requesting("/actors/sergei-ryabkov", "q=El%20Pa%C3%ADs&page=1");
        PageLinks links = PageLinks.of(new PageImpl<>(List.of("x"), PageRequest.of(0, 20), 30), 1);

        assertThat(links.next()).isEqualTo("/actors/sergei-ryabkov?q=El%20Pa%C3%ADs&page=2");
    }

    private static void requesting(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
