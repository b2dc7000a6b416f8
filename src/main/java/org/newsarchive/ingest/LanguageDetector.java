package org.newsarchive.ingest;

import java.util.Locale;
import java.util.Optional;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.springframework.stereotype.Component;

/**
 * The language of a text as an ISO 639-1 code, by Lingua's n-gram models. Only the languages that
 * coverage of the archive's subject is likely to be in are loaded: every model would take gigabytes.
 * An article's language is read from its opening, by its stop words where they leave no doubt; a passage
 * long enough for it is read first by trigrams alone (Lingua's low-accuracy mode, which its authors find
 * as accurate as the full models from about 120 characters), unless its stop words show it is in the
 * article's language: Lingua on the whole text and on every line took a fifth of an import's time, and on
 * every opening still a quarter (bench/README.md).
 */
@Component
class LanguageDetector {

    static final String UNDETERMINED = "und";
    /** Enough text to tell an article's language, and no more: Lingua's cost grows with the length. */
    static final int ARTICLE_SAMPLE = 2_000;
    static final int TRIGRAMS_SUFFICE = 120;

    private static final Language[] LANGUAGES = {Language.ENGLISH, Language.SPANISH, Language.FRENCH, Language.GERMAN,
            Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.POLISH, Language.RUSSIAN, Language.UKRAINIAN,
            Language.TURKISH, Language.ARABIC};
    private static final double MINIMUM_RELATIVE_DISTANCE = 0.1;

    private final com.github.pemistahl.lingua.api.LanguageDetector accurate = LanguageDetectorBuilder
            .fromLanguages(LANGUAGES).withMinimumRelativeDistance(MINIMUM_RELATIVE_DISTANCE).build();
    private final com.github.pemistahl.lingua.api.LanguageDetector byTrigrams = LanguageDetectorBuilder
            .fromLanguages(LANGUAGES).withMinimumRelativeDistance(MINIMUM_RELATIVE_DISTANCE).withLowAccuracyMode().build();

    /** The language of the opening, by its stop words where they leave no doubt, else by Lingua. */
    String detect(String text) {
        String opening = opening(text);
        return StopWords.plainLanguageOf(opening).orElseGet(() -> code(accurate.detectLanguageOf(opening)).orElse(UNDETERMINED));
    }

    /**
     * True only where the passage is clearly in another language than the article's. Most passages are
     * plainly in it by their stop words; trigrams clear most of the others; one they find in another
     * language is judged by the full models, so that no passage is dropped that the full models would keep.
     */
    boolean isClearlyNotIn(String passage, String language) {
        // An article whose language could not be told has no line in another.
        if (language.equals(UNDETERMINED) || StopWords.plainlyIn(passage, language)) {
            return false;
        }
        if (passage.length() >= TRIGRAMS_SUFFICE && !isOtherThan(byTrigrams, passage, language)) {
            return false;
        }
        return isOtherThan(accurate, passage, language);
    }

    private static boolean isOtherThan(com.github.pemistahl.lingua.api.LanguageDetector detector, String passage, String language) {
        return code(detector.detectLanguageOf(passage)).filter(found -> !found.equals(language)).isPresent();
    }

    /** The text up to the end of a word near {@link #ARTICLE_SAMPLE} characters. */
    private static String opening(String text) {
        if (text.length() <= ARTICLE_SAMPLE) {
            return text;
        }
        int end = text.indexOf(' ', ARTICLE_SAMPLE);
        return end < 0 ? text : text.substring(0, end);
    }

    private static Optional<String> code(Language language) {
        return language == Language.UNKNOWN ? Optional.empty()
                : Optional.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }
}
