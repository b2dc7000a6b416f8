package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateRemoverTest {

    @Test
    void dropsBannersWidgetsTeasersAndRepeatedLinesAndSetsCaptionsApart() {
        PageText page = BoilerplateRemover.clean("""
                Skip to content
                We use cookies to improve your experience. Accept all cookies
                NATO replies to Russia
                NATO replies to Russia
                Share this article
                Facebook | Twitter | WhatsApp
                By Jane Doe
                17:45 GMT 26.01.2022 (Updated: 18:14 GMT 26.01.2022)
                Flags outside NATO headquarters in Brussels
                © AP Photo / Olivier Matthys
                NATO sent its written reply on Wednesday.
                Read more: Russia warns of countermeasures
                Subscribe to our newsletter
                Moscow said it would study it.
                """, line -> false);
        assertThat(page.paragraphs()).containsExactly("NATO replies to Russia", "NATO sent its written reply on Wednesday.",
                "Moscow said it would study it.");
        assertThat(page.captions()).containsExactly("Flags outside NATO headquarters in Brussels", "© AP Photo / Olivier Matthys");
        assertThat(page.byline()).isEqualTo("Jane Doe");
        assertThat(page.repeated()).containsExactly("NATO replies to Russia");
    }

    @Test
    void dropsLinesInAnotherLanguageThanTheArticles() {
        PageText page = BoilerplateRemover.clean("The reply came on Wednesday.\nEnvíanos tus noticias hoy mismo\n",
                line -> line.startsWith("Envíanos"));
        assertThat(page.paragraphs()).containsExactly("The reply came on Wednesday.");
    }
}
