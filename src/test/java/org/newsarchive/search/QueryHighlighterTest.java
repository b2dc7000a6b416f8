package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsarchive.text.TextSpan;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;

@ArchiveTest
class QueryHighlighterTest {

    static final String TEXT = "Talks in Kiev: negotiations on the open door policy went on, Lavrov said.";

    @Autowired
    QueryHighlighter highlighter;

    @Test
    void marksTheWordsTheIndexWouldMatchIncludingStemsAndVariants() {
        assertThat(highlighter.spans("negotiate Kyiv", TEXT)).extracting(span -> span.in(TEXT))
                .containsExactly("Kiev", "negotiations");
    }

    @Test
    void marksPhrasesWholeButNotExcludedWords() {
        assertThat(highlighter.spans("\"open door\" -Lavrov", TEXT)).extracting(span -> span.in(TEXT))
                .containsExactly("open door");
    }

    @Test
    void marksNothingForAnEmptyOrHostileQuery() {
        assertThat(highlighter.spans("   ", TEXT)).isEmpty();
        assertThat(highlighter.spans("\" * ~ (", TEXT)).isEmpty();
        assertThat(highlighter.spans("Lavrov", TEXT)).containsExactly(new TextSpan(61, 67));
    }
}
