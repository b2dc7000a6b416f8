package org.newsarchive.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Tells a text that is plainly in a language by its stop words (Lucene's lists): at least {@link #AT_LEAST} of
 * them, a fifth of its words or more, and no more than a third as many that only other languages have. Prose
 * is full of its language's stop words; a text in another language carries few of them.
 */
final class StopWords {

    static final int AT_LEAST = 3;
    private static final double SHARE = 0.2;

    private static final String[] LANGUAGES = {"en", "es", "fr", "de", "it", "pt", "nl", "ru", "tr", "ar"};
    private static final CharArraySet[] LISTS = {EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, SpanishAnalyzer.getDefaultStopSet(),
            FrenchAnalyzer.getDefaultStopSet(), GermanAnalyzer.getDefaultStopSet(), ItalianAnalyzer.getDefaultStopSet(),
            PortugueseAnalyzer.getDefaultStopSet(), DutchAnalyzer.getDefaultStopSet(), RussianAnalyzer.getDefaultStopSet(),
            TurkishAnalyzer.getDefaultStopSet(), ArabicAnalyzer.getDefaultStopSet()};
    /** For each stop word of any list, the languages whose list has it, a bit each: one lookup a word, not one a list. */
    private static final Map<String, Integer> LANGUAGES_OF_WORD = languagesOfWords();
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");

    private StopWords() {
    }

    private static Map<String, Integer> languagesOfWords() {
        Map<String, Integer> languages = new HashMap<>();
        for (int i = 0; i < LISTS.length; i++) {
            int bit = 1 << i;
            LISTS[i].forEach(word -> languages.merge(new String((char[]) word), bit, (one, other) -> one | other));
        }
        return Map.copyOf(languages);
    }

    static boolean plainlyIn(String text, String language) {
        Tally tally = Tally.of(text);
        for (int i = 0; i < LANGUAGES.length; i++) {
            if (LANGUAGES[i].equals(language)) {
                return tally.plainlyIn(i);
            }
        }
        return false;
    }

    /** The one language the text is plainly in, if there is one. */
    static Optional<String> plainLanguageOf(String text) {
        Tally tally = Tally.of(text);
        String plain = null;
        for (int i = 0; i < LANGUAGES.length; i++) {
            if (tally.plainlyIn(i)) {
                if (plain != null) {
                    return Optional.empty();
                }
                plain = LANGUAGES[i];
            }
        }
        return Optional.ofNullable(plain);
    }

    /** For each language, how many of a text's words are its stop words, and how many only other languages'. */
    private record Tally(int words, int[] own, int[] othersOnly) {

        static Tally of(String text) {
            int words = 0;
            int[] own = new int[LANGUAGES.length];
            int[] othersOnly = new int[LANGUAGES.length];
            for (String word : NOT_A_LETTER.split(text.toLowerCase(Locale.ROOT))) {
                if (word.isEmpty()) {
                    continue;
                }
                words++;
                int listed = LANGUAGES_OF_WORD.getOrDefault(word, 0);
                for (int i = 0; listed != 0 && i < LISTS.length; i++) {
                    if ((listed & 1 << i) != 0) {
                        own[i]++;
                    } else {
                        othersOnly[i]++;
                    }
                }
            }
            return new Tally(words, own, othersOnly);
        }

        boolean plainlyIn(int language) {
            return own[language] >= AT_LEAST && own[language] >= SHARE * words && othersOnly[language] * 3 <= own[language];
        }
    }
}
