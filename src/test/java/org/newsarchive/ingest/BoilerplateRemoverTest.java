package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

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
                """, line -> false, Set.of());
        assertThat(page.paragraphs()).containsExactly("NATO replies to Russia", "NATO sent its written reply on Wednesday.",
                "Moscow said it would study it.");
        assertThat(page.captions()).containsExactly("Flags outside NATO headquarters in Brussels", "© AP Photo / Olivier Matthys");
        assertThat(page.byline()).isEqualTo("Jane Doe");
        assertThat(page.repeated()).containsExactly("NATO replies to Russia");
    }

    @Test
    void dropsLinesInAnotherLanguageThanTheArticles() {
        PageText page = BoilerplateRemover.clean("The reply came on Wednesday.\nEnvíanos tus noticias hoy mismo\n",
                line -> line.startsWith("Envíanos"), Set.of());
        assertThat(page.paragraphs()).containsExactly("The reply came on Wednesday.");
    }

    @Test
    void dropsBreadcrumbsSiteDatelinesAndTheLinesItsSiteRepeats() {
        PageText page = BoilerplateRemover.clean("""
                Home » World » 2022 » Ferry strike ends
                - The Island Courier - Friday, March 4, 2022
                by Jane Doe March 4, 2022 11:58 PM 2 min read
                Listen to our podcast every morning
                (Photo: Island Courier / Jane Doe)
                The mayor greets the crew at the pier on Friday. (Island Courier/Facebook)
                This audio is created with AI assistance
                • |
                more Island Courier news
                The ferry strike ended on Friday. « Enough », said the union’s leader, « we have won ».
                """, line -> false, Set.of("Listen to our podcast every morning"));
        assertThat(page.paragraphs())
                .containsExactly("The ferry strike ended on Friday. « Enough », said the union’s leader, « we have won ».");
        assertThat(page.captions()).containsExactly("(Photo: Island Courier / Jane Doe)",
                "The mayor greets the crew at the pier on Friday. (Island Courier/Facebook)");
    }

    @Test
    void keepsTheCaptionAboveALongCreditThatCarriesItsOwn() {
        PageText page = BoilerplateRemover.clean("""
                Ferry strike ends after eleven days
                © AFP 2022 / JANE DOE The ferry captain waves to islanders at the pier in Oslo on Friday
                The ferry strike ended on Friday.
                """, line -> false, Set.of());
        assertThat(page.paragraphs()).containsExactly("Ferry strike ends after eleven days", "The ferry strike ended on Friday.");
    }
}
