package org.newsarchive.ingest;

import java.util.Locale;
import java.util.Map;
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
 * Tells a line that is plainly in a language by its stop words (Lucene's lists): at least {@link #AT_LEAST} of
 * them, a fifth of its words or more, and no more than a third as many that only another language has. Prose
 * is full of its language's stop words; a line in another language carries few of them.
 */
final class StopWords {

    static final int AT_LEAST = 3;
    private static final double SHARE = 0.2;

    private static final Map<String, CharArraySet> BY_LANGUAGE = Map.of(
            "en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, "es", SpanishAnalyzer.getDefaultStopSet(),
            "fr", FrenchAnalyzer.getDefaultStopSet(), "de", GermanAnalyzer.getDefaultStopSet(),
            "it", ItalianAnalyzer.getDefaultStopSet(), "pt", PortugueseAnalyzer.getDefaultStopSet(),
            "nl", DutchAnalyzer.getDefaultStopSet(), "ru", RussianAnalyzer.getDefaultStopSet(),
            "tr", TurkishAnalyzer.getDefaultStopSet(), "ar", ArabicAnalyzer.getDefaultStopSet());
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");

    private StopWords() {
    }

    static boolean plainlyIn(String line, String language) {
        CharArraySet own = BY_LANGUAGE.get(language);
        if (own == null) {
            return false;
        }
        int words = 0;
        int owns = 0;
        int others = 0;
        for (String word : NOT_A_LETTER.split(line.toLowerCase(Locale.ROOT))) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            if (own.contains(word)) {
                owns++;
            } else if (BY_LANGUAGE.values().stream().anyMatch(stopWords -> stopWords.contains(word))) {
                others++;
            }
        }
        return owns >= AT_LEAST && owns >= SHARE * words && others * 3 <= owns;
    }
}
