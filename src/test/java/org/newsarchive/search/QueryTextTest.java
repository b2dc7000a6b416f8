package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void operatorsInCapitalsBecomeTheSimpleSyntax() {
        assertThat(QueryText.clean("Lavrov OR Medvedev")).isEqualTo("Lavrov | Medvedev");
        assertThat(QueryText.clean("Blinken AND Lavrov")).isEqualTo("Blinken + Lavrov");
        assertThat(QueryText.clean("NATO NOT  Ukraine")).isEqualTo("NATO -Ukraine");
    }

    @Test
    void lowerCaseWordsAndQuotedOperatorsStayWords() {
        assertThat(QueryText.clean("war or peace")).isEqualTo("war or peace");
        assertThat(QueryText.clean("\"NOT OR AND\" ORACLE")).isEqualTo("\"NOT OR AND\" ORACLE");
        assertThat(QueryText.clean("\"unbalanced OR quote")).isEqualTo("\"unbalanced OR quote");
    }

    @Test
    void controlCharactersBecomeSpacesAndTheTextIsTrimmed() {
        assertThat(QueryText.clean(" NATO\u0000\u0007Kyiv\t\n")).isEqualTo("NATO Kyiv");
        assertThat(QueryText.clean(null)).isEmpty();
    }

    @Test
    void operatorsAreTheSyntaxTypedOnPurposeNotAHyphenInsideAWord() {
        assertThat(QueryText.hasOperators(QueryText.clean("Georgia NATO membership"))).isFalse();
        assertThat(QueryText.hasOperators(QueryText.clean("NATO-Russia Council"))).isFalse();
        assertThat(QueryText.hasOperators(QueryText.clean("Blinken AND Lavrov"))).isTrue();
        assertThat(QueryText.hasOperators("Lavrov +Blinken")).isTrue();
        assertThat(QueryText.hasOperators("Tomahawk -Pais")).isTrue();
        assertThat(QueryText.hasOperators("\"open door\" policy")).isTrue();
        assertThat(QueryText.hasOperators("negotia*")).isTrue();
        assertThat(QueryText.hasOperators("Stoltenbrg~")).isTrue();
        assertThat(QueryText.hasOperators("Lavrov | Medvedev")).isTrue();
    }

    @Test
    void aQueryLoosenedToAnyOfItsWordsStillExcludesWhatItExcluded() {
        assertThat(QueryText.anyOfItsWords("+Tomahawk +Lukashenko")).isEqualTo("(Tomahawk | Lukashenko)");
        assertThat(QueryText.anyOfItsWords("\"open door\" polic* -Kyiv -\"El Pais\"")).isEqualTo("(open | door | polic) -Kyiv -\"El Pais\"");
        assertThat(QueryText.anyOfItsWords("Stoltenbrg~2 | Lavrov")).isEqualTo("(Stoltenbrg | Lavrov)");
        assertThat(QueryText.anyOfItsWords("-Kyiv")).isEmpty();
    }

    @Test
    void aBoostIsDroppedRatherThanSearchedForAsAWord() {
        assertThat(QueryText.clean("NATO^2 Russia")).isEqualTo("NATO  Russia");
        assertThat(QueryText.clean("\"open door\"^1.5")).isEqualTo("\"open door\"");
        assertThat(QueryText.clean("^")).isEmpty();
    }

    @Test
    void fieldTermsAreTakenApartFromTheWordsSoughtEverywhere() {
        QueryText.Fielded fielded = QueryText.fielded(QueryText.clean("Title:\"security guarantees\" NATO outlet:sputnik byline:"));

        assertThat(fielded.terms()).containsExactly(new QueryText.FieldTerm("title", "\"security guarantees\""),
                new QueryText.FieldTerm("outlet", "sputnik"));
        assertThat(fielded.rest()).isEqualToNormalizingWhitespace("NATO byline:");
        assertThat(QueryText.fielded("subtitle:x NATO").terms()).isEmpty();
    }
}
