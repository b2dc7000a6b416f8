package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TitleDetectorTest {

    private static TitleDetector.Titled detect(String url, String... lines) {
        return TitleDetector.detect(new PageText(List.of(lines), List.of(), null, null, Set.of()),
                new ArticleMetadata(url, null, null, null));
    }

    @Test
    void takesTheLineTheUrlEchoesOverTheSitesTeasersAboveIt() {
        TitleDetector.Titled titled = detect("https://example.org/world/ferry-strike-ends-after-talks/",
                "A storm closed the coastal road on Monday, police said.", "Markets rallied for a third day.",
                "The mayor opened a new library.", "Ferry strike ends after talks", "The ferry strike ended on Friday after talks.");
        assertThat(titled.title()).isEqualTo("Ferry strike ends after talks");
        assertThat(titled.evidence()).contains("URL");
        assertThat(titled.paragraphs()).containsExactly("The ferry strike ended on Friday after talks.");
    }

    @Test
    void takesTheOpeningSentenceWithoutItsDatelineWhenThePageHasNoHeadline() {
        TitleDetector.Titled titled = detect(null,
                "OSLO, March 3. /NTB/. The ferry strike that kept islanders from the mainland for eleven days ended on Friday after talks with the owners.");
        assertThat(titled.title()).isEqualTo("The ferry strike that kept islanders from the mainland for eleven days ended on Friday after talks…");
        assertThat(titled.evidence()).contains("opening sentence");
    }

    @Test
    void joinsAHeadlineBrokenOverTwoLinesAndDropsTheSitesNameAfterIt() {
        assertThat(detect("https://www.ferrynews.no/a/1", "Press briefing", "by the ferry company's chief executive",
                "The strike is over.").title()).isEqualTo("Press briefing by the ferry company's chief executive");
        assertThat(detect("https://www.ferrynews.no/a/1", "Ferry strike ends after talks – Ferry News", "The strike is over.")
                .title()).isEqualTo("Ferry strike ends after talks");
    }

    @Test
    void neverTakesACreditOrASentenceForAHeadline() {
        assertThat(detect(null, "The strike is over. Boats sail again", "Islanders were relieved on Friday.").title())
                .isEqualTo("The strike is over.");
    }
}
