package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.junit.jupiter.api.Test;
import org.newsarchive.support.RealWorldSet;

/**
 * The detector reads an article's opening and long passages by trigrams alone, for speed: on the seeds and the
 * development set it must find each article's language as Lingua's full models over the whole text do, and drop
 * no line as foreign that the full models would keep. The figures are printed.
 */
class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();
    private final com.github.pemistahl.lingua.api.LanguageDetector fullModels = LanguageDetectorBuilder
            .fromLanguages(Language.ENGLISH, Language.SPANISH, Language.FRENCH, Language.GERMAN, Language.ITALIAN,
                    Language.PORTUGUESE, Language.DUTCH, Language.POLISH, Language.RUSSIAN, Language.UKRAINIAN,
                    Language.TURKISH, Language.ARABIC)
            .withMinimumRelativeDistance(0.1).build();

    @Test
    void findsTheLanguageOfEverySeedAndCaptureAndKeepsTheLinesTheFullModelsKeep() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("db/seed"))) {
            for (Path seed : seeds.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(TextDecoder.decode(Files.readAllBytes(seed)));
            }
        }
        RealWorldSet.answers().forEach(answer -> texts.add(RealWorldSet.capture(answer.file())));

        int asFullModels = 0;
        int english = 0;
        int lines = 0;
        int sameDecision = 0;
        List<String> droppedOnlyByTrigrams = new ArrayList<>();
        for (String text : texts) {
            String language = detector.detect(text);
            english += language.equals("en") ? 1 : 0;
            asFullModels += language.equals(code(fullModels.detectLanguageOf(text))) ? 1 : 0;
            for (String line : text.lines().map(String::strip).filter(line -> BoilerplateRemover.words(line) >= 3).toList()) {
                lines++;
                boolean foreign = detector.isClearlyNotIn(line, language);
                String full = code(fullModels.detectLanguageOf(line));
                boolean foreignByFullModels = !full.equals(LanguageDetector.UNDETERMINED) && !full.equals(language);
                sameDecision += foreign == foreignByFullModels ? 1 : 0;
                if (foreign && !foreignByFullModels) {
                    droppedOnlyByTrigrams.add(line);
                }
            }
        }
        System.out.printf("Language detection: %d/%d articles (5 seeds, %d captures; %d in English) as the full models on the "
                + "whole text find; %d/%d lines judged as the full models judge them; dropped by trigrams alone: %s%n",
                asFullModels, texts.size(), texts.size() - 5, english, sameDecision, lines, droppedOnlyByTrigrams);
        assertThat(asFullModels).isEqualTo(texts.size());
        assertThat(droppedOnlyByTrigrams).isEmpty();
    }

    private static String code(Language language) {
        return language == Language.UNKNOWN ? LanguageDetector.UNDETERMINED : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    @Test
    void noLineIsInAnotherLanguageThanAnArticleWhoseLanguageIsUndetermined() {
        assertThat(detector.isClearlyNotIn("Russia handed the United States a list of demands that it said were not negotiable.",
                LanguageDetector.UNDETERMINED)).isFalse();
        assertThat(detector.isClearlyNotIn("Russia handed the United States a list of demands that it said were not negotiable.",
                "es")).isTrue();
    }
}
