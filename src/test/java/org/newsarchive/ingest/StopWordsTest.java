package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopWordsTest {

    @Test
    void proseIsPlainlyInItsOwnLanguage() {
        assertThat(StopWords.plainlyIn("Russia handed the United States a list of demands that it said were not negotiable.", "en"))
                .isTrue();
        assertThat(StopWords.plainlyIn("La OTAN respondió por escrito a las demandas de Rusia sobre la seguridad en Europa.", "es"))
                .isTrue();
    }

    @Test
    void aLineInAnotherLanguageIsNotEvenWhenItSharesShortWords() {
        assertThat(StopWords.plainlyIn("La OTAN no responde a las demandas de Rusia y no acepta el veto.", "en")).isFalse();
        assertThat(StopWords.plainlyIn("Elnök úr, biztos asszony, hölgyeim és uraim, a jelentés, amelyről a Ház holnap szavazni fog.", "en"))
                .isFalse();
    }

    @Test
    void aShortLineOrALanguageWithoutAListIsLeftToTheDetector() {
        assertThat(StopWords.plainlyIn("Zelensky in Kyiv", "en")).isFalse();
        assertThat(StopWords.plainlyIn("To jest to, co powiedział a nie to, co zrobił.", "pl")).isFalse();
    }

    @Test
    void aTextIsPlainlyInOneLanguageOnlyWhenItsStopWordsLeaveNoDoubt() {
        assertThat(StopWords.plainLanguageOf("Russia handed the United States a list of demands that it said were not negotiable, "
                + "and the alliance answered in writing.")).contains("en");
        assertThat(StopWords.plainLanguageOf("Pedimos no nosso relatório que haja mais equilíbrio entre os projectos que se destinam "
                + "a satisfazer os critérios políticos.")).contains("pt");
        assertThat(StopWords.plainLanguageOf("Elnök úr, biztos asszony, hölgyeim és uraim, a jelentés, amelyről a Ház holnap "
                + "szavazni fog.")).isEmpty();
        assertThat(StopWords.plainLanguageOf("Zelensky in Kyiv")).isEmpty();
    }
}
