package org.newsarchive.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.support.ArticleBuilder.anArticle;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.article.ArticleService;
import org.newsarchive.ingest.Importer;
import org.newsarchive.search.ExportedHit;
import org.newsarchive.support.ArticleBuilder;
import org.newsarchive.support.ImportingArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;

@ImportingArchiveTest
class OtherCoverageTest {

    static final String TEXT = "Pangolin rangers in the Gorongosa park released %s rescued pangolins into the forest on Friday,"
            + " after months of care at the rescue centre, where keepers fed them ants and termites by hand.";

    @Autowired
    Importer importer;

    @Autowired
    ArticleService articles;

    @Autowired
    OtherCoverage otherCoverage;

    @Test
    void anArticlesOtherCoverageIncludesSimilarArticlesImportedAfterItWasFirstShown() {
        long first = importArticle("pangolin-1.json", "Gorongosa Gazette", TEXT.formatted("six"));
        assertThat(ids(otherCoverage.of(articles.get(first)))).doesNotContain(first);

        long second = importArticle("pangolin-2.json", "Mozambique Wildlife News", TEXT.formatted("seven"));

        assertThat(ids(otherCoverage.of(articles.get(first)))).contains(second);
    }

    @Test
    void otherCoverageSharesTheWordsAnArticleRepeatsNotThoseItMentionsOnce() {
        long census = importArticle("aardvark-1.json", "Kruger Courier", "Aardvark census",
                "Keepers at the Kruger reserve counted aardvarks at dawn, and the aardvark census found twelve burrows"
                        + " near the river.");
        long sameWordsOnce = importArticle("burrows.json", "Lowveld Post", "Volunteers at the river",
                "Twelve burrows near the river were counted at dawn by volunteers of the Kruger reserve.");
        long sameStory = importArticle("aardvark-2.json", "Limpopo Herald", "Aardvarks recover",
                "Rangers say the aardvark population recovered after the drought; an aardvark was filmed feeding.");

        List<Long> shown = ids(otherCoverage.of(articles.get(census)));

        assertThat(shown).contains(sameStory).doesNotContain(sameWordsOnce);
    }

    private static List<Long> ids(List<ExportedHit> hits) {
        return hits.stream().map(ExportedHit::id).toList();
    }

    private long importArticle(String name, String outlet, String text) {
        return imported(anArticle(text).from(outlet).on("2023-06-09").inFile(name));
    }

    private long importArticle(String name, String outlet, String title, String text) {
        return imported(anArticle(text).titled(title).from(outlet).on("2023-06-09").inFile(name));
    }

    private long imported(ArticleBuilder article) {
        return article.importWith(importer).outcomes().get(0).articleId();
    }
}
