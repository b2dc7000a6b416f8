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

    /** The seeds: DPA's one word in Sputnik, AFP's European official in playcrazygame; AFP's and NATO's "de-escalate". */
    @Test
    void aWordTwoOutletsBothQuoteIsNotASharedQuotation() {
        assertThat(SharedQuotes.same(SharedQuotes.words("unacceptable."), SharedQuotes.words(
                "Many of the Russian demands are unacceptable or unrealistic, but the response identifies a number of areas "
                        + "in which it is possible to work on their concerns"))).isFalse();
        assertThat(SharedQuotes.same(SharedQuotes.words("de-escalate"), SharedQuotes.words(
                "we call on Russia to de-escalate the situation immediately"))).isFalse();
    }

    @Test
    void aPhraseOfThreeWordsTwoOfThemNotStopWordsIsAQuotation() {
        assertThat(SharedQuotes.isPhrase(SharedQuotes.words("open-door policy"))).isTrue();
        assertThat(SharedQuotes.isPhrase(SharedQuotes.words("key demands"))).isFalse();
        assertThat(SharedQuotes.isPhrase(SharedQuotes.words("it is not"))).isFalse();
        assertThat(SharedQuotes.isPhrase(SharedQuotes.words("they are unacceptable"))).isFalse();
        assertThat(SharedQuotes.same(SharedQuotes.words("demands are unacceptable"),
                SharedQuotes.words("Many of the Russian demands are unacceptable or unrealistic"))).isTrue();
    }

    @Test
    void differentWordsAreDifferentQuotes() {
        assertThat(SharedQuotes.same(SharedQuotes.words("serious dialogue"), SharedQuotes.words("a serious diplomatic path")))
                .isFalse();
        assertThat(SharedQuotes.same(SharedQuotes.words("there is room"), SharedQuotes.words("the room is there"))).isFalse();
    }
}
