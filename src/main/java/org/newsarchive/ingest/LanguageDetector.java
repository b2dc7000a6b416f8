package org.newsarchive.ingest;

import java.util.Locale;
import java.util.Optional;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.springframework.stereotype.Component;

/**
 * The language of a text as an ISO 639-1 code, by Lingua's n-gram models. Only the languages that
 * coverage of the archive's subject is likely to be in are loaded: every model would take gigabytes.
 */
@Component
class LanguageDetector {

    static final String UNDETERMINED = "und";

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua = LanguageDetectorBuilder
            .fromLanguages(Language.ENGLISH, Language.SPANISH, Language.FRENCH, Language.GERMAN, Language.ITALIAN,
                    Language.PORTUGUESE, Language.DUTCH, Language.POLISH, Language.RUSSIAN, Language.UKRAINIAN,
                    Language.TURKISH, Language.ARABIC)
            .withMinimumRelativeDistance(0.1)
            .build();

    String detect(String text) {
        return code(lingua.detectLanguageOf(text)).orElse(UNDETERMINED);
    }

    /** True only where the passage is clearly in another language than the article's. */
    boolean isClearlyNotIn(String passage, String language) {
        return code(lingua.detectLanguageOf(passage)).filter(found -> !found.equals(language)).isPresent();
    }

    private static Optional<String> code(Language language) {
        return language == Language.UNKNOWN ? Optional.empty()
                : Optional.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
    }
}
