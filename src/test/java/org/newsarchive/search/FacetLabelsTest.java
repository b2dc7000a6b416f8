package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.support.ArticleBuilder.anArticle;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.ingest.Importer;
import org.newsarchive.support.ImportingArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ImportingArchiveTest
class FacetLabelsTest {

    @Autowired
    Importer importer;

    @Autowired
    SearchService search;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOutletIsNamedByTheSearchAfterTheImportThatAddsItAndRenamedAfterTheNextImport() {
        importArticle("okapi-1.json", "Okapi Observer", "Okapi keepers in Epulu counted four calves born this season.");
        assertThat(outletLabels("okapi")).containsExactly("Okapi Observer");

        jdbc.update("update outlet set name = 'The Okapi Observer' where name = 'Okapi Observer'");
        importArticle("okapi-2.json", "The Okapi Observer", "Okapi calves in Epulu were weighed by their keepers on Monday.");

        assertThat(outletLabels("okapi")).containsExactly("The Okapi Observer");
    }

    private List<String> outletLabels(String query) {
        return search.search(SearchRequest.of(query, 1, 10)).facets().of(Facet.OUTLET).stream().map(FacetValue::label).toList();
    }

    private void importArticle(String name, String outlet, String text) {
        anArticle(text).from(outlet).on("2023-05-02").inFile(name).importWith(importer);
    }
}
