package org.newsarchive.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedQuotesTest {

    @Test
    void quotationMarksPunctuationCaseAndHyphensDoNotMatter() {
        assertThat(SharedQuotes.words("NATO’s “open-door” policy!")).containsExactly("nato's", "open", "door", "policy");
        assertThat(SharedQuotes.same(SharedQuotes.words("open door policy"),
                SharedQuotes.words("continues to strongly support NATO's open-door policy"))).isTrue();
    }

    @Test
    void longQuotesToldWithSmallChangesAreTheSame() {
        assertThat(SharedQuotes.same(
                SharedQuotes.words("We made clear that there are basic principles that we are committed to upholding"),
                SharedQuotes.words("we made it clear there are basic principles we are committed to upholding"))).isTrue();
    }

    @Test
    void differentWordsAreDifferentQuotes() {
        assertThat(SharedQuotes.same(SharedQuotes.words("serious dialogue"), SharedQuotes.words("a serious diplomatic path")))
                .isFalse();
        assertThat(SharedQuotes.same(SharedQuotes.words("there is room"), SharedQuotes.words("the room is there"))).isFalse();
    }
}
