package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void aSnippetCutInTheMiddleOfASentenceSaysSoAtBothEnds() {
        assertThat(Snippets.ellipsised(" the alliance will <mark>continue</mark> its open door policy, "))
                .isEqualTo("… the alliance will <mark>continue</mark> its open door policy …");
    }

    @Test
    void aWholeSentenceNeedsNoEllipsis() {
        assertThat(Snippets.ellipsised("<mark>NATO</mark> rejected the demands."))
                .isEqualTo("<mark>NATO</mark> rejected the demands.");
        assertThat(Snippets.ellipsised("&quot;We are ready,&quot; Blinken said of <mark>talks</mark>!"))
                .isEqualTo("&quot;We are ready,&quot; Blinken said of <mark>talks</mark>!");
    }

    @Test
    void aSentenceStartingWellButCutShortEndsWithAnEllipsis() {
        assertThat(Snippets.ellipsised("Washington has already <mark>responded</mark> to Moscow"))
                .isEqualTo("Washington has already <mark>responded</mark> to Moscow …");
    }
}
