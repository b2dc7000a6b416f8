package org.newsarchive.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsarchive.text.TextSpan;

class AliasDictionaryTest {

    final AliasDictionary dictionary = new AliasDictionary(Map.of(
            "Lavrov", 1L, "Sergei Lavrov", 1L, "Washington", 2L, "US", 2L, "Alliance", 3L));

    @Test
    void prefersTheLongestAliasAtAPosition() {
        assertThat(dictionary.findIn("Sergei Lavrov met Lavrov.", List.of()))
                .containsExactly(new AliasDictionary.Match(1, new TextSpan(0, 13)),
                        new AliasDictionary.Match(1, new TextSpan(18, 24)));
    }

    @Test
    void matchesWholeWordsOnlyAndCaseSensitively() {
        assertThat(dictionary.findIn("USA and the alliance, Alliances, but the Alliance's plan and US-led", List.of()))
                .extracting(AliasDictionary.Match::span)
                .containsExactly(new TextSpan(41, 49), new TextSpan(61, 63));
    }

    @Test
    void skipsExcludedSpans() {
        String text = "The Washington Post said Washington agreed.";
        assertThat(dictionary.findIn(text, List.of(new TextSpan(0, 19))))
                .containsExactly(new AliasDictionary.Match(2, new TextSpan(25, 35)));
    }

    @Test
    void findsSpellingVariantsOfAnAliasByRule() {
        AliasDictionary variants = new AliasDictionary(Map.of("Sergey Ryabkov", 1L, "Antony Blinken", 2L, "Kiev", 3L,
                "Viktor Orbán", 4L, "Alexander Grushko", 5L, "Dmitry Medvedev", 6L));
        String text = "Sergei Riabkov, Anthony Blinken, Kyiv, Víktor Orban, Alexandr Grushko and Dmitri Medvedev.";
        assertThat(variants.findIn(text, List.of())).extracting(match -> match.actorId() + " " + match.span().in(text))
                .containsExactly("1 Sergei Riabkov", "2 Anthony Blinken", "3 Kyiv", "4 Víktor Orban", "5 Alexandr Grushko",
                        "6 Dmitri Medvedev");
    }

    @Test
    void neverJoinsWordsAcrossPunctuationOrLines() {
        assertThat(dictionary.findIn("Sergei, Lavrov and Sergei\nLavrov", List.of())).extracting(match -> match.span().end() - match.span().start())
                .containsExactly(6, 6);
    }

    @Test
    void readsAMiddleInitialAsPartOfTheName() {
        AliasDictionary people = new AliasDictionary(Map.of("Wendy Sherman", 1L, "Sherman", 1L));
        String text = "Deputy Secretary of State Wendy R. Sherman met Sherman's hosts.";
        assertThat(people.findIn(text, List.of())).extracting(match -> match.span().in(text))
                .containsExactly("Wendy R. Sherman", "Sherman");
    }

    @Test
    void takesOneLetterMoreOrLessInASurnameForATypo() {
        AliasDictionary people = new AliasDictionary(Map.of("Sergey Ryabkov", 1L, "Ryabkov", 1L));
        assertThat(people.closeTo("Sergey Ryabikov")).contains(1L);
        assertThat(people.closeTo("Sergei Ryabkova")).contains(1L);
        assertThat(people.closeTo("Sergey Lavrov")).isEmpty();
        assertThat(people.closeTo("Ryabikov")).isEmpty();
    }

    @Test
    void keepsTheFullStopThatEndsAnAlias() {
        AliasDictionary states = new AliasDictionary(Map.of("U.S.", 1L));
        String text = "The U.S. and the U.S embassy.";
        assertThat(states.findIn(text, List.of())).extracting(match -> match.span().in(text)).containsExactly("U.S.", "U.S");
    }
}
