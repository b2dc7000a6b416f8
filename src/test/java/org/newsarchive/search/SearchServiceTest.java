package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.support.Seeds.ATALAYAR;
import static org.newsarchive.support.Seeds.PLAYCRAZYGAME;
import static org.newsarchive.support.Seeds.PLEDGE_TIMES;
import static org.newsarchive.support.Seeds.SPUTNIK;
import static org.newsarchive.support.Seeds.UNIDENTIFIED;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ArchiveTest
class SearchServiceTest {

    @Autowired
    SearchService search;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void findsTheOneArticleThatNamesTomahawkMissiles() {
        assertThat(sourcesOf("Tomahawk")).containsExactly(UNIDENTIFIED);
    }

    @Test
    void phraseFindsOpenDoorPolicyWithOrWithoutTheHyphen() {
        assertThat(sourcesOf("\"open door policy\"")).containsExactlyInAnyOrder(UNIDENTIFIED, ATALAYAR);
    }

    @Test
    void searchTreatsRiabkovAndRyabkovAsOneName() {
        assertThat(sourcesOf("Ryabkov")).containsExactly(PLAYCRAZYGAME);
        assertThat(sourcesOf("Riabkov")).containsExactly(PLAYCRAZYGAME);
    }

    @Test
    void wordsAloneFindTheArticlesWithMostOfThemWhileOperatorsRequireEveryWord() {
        assertThat(sourcesOf("Tomahawk missiles Lukashenko")).first().isEqualTo(UNIDENTIFIED);
        assertThat(sourcesOf("Tomahawk AND missiles AND Lukashenko")).isEmpty();
        assertThat(sourcesOf("+Tomahawk +missiles +Lukashenko")).isEmpty();
        assertThat(sourcesOf("Tomahawk Lukashenko")).as("two words are both required").isEmpty();
    }

    @Test
    void theTotalAndTheFacetsCountTheHitsOfABestMatch() {
        SearchResult result = search.search(SearchRequest.of("Tomahawk missiles Lukashenko", 1, 20));
        assertThat(result.total()).isEqualTo(result.hits().size());
        assertThat(result.facets().of(Facet.OUTLET).stream().mapToLong(FacetValue::count).sum()).isEqualTo(result.total());
    }

    @Test
    void searchTreatsKievAndKyivAsOneName() {
        assertThat(sourcesOf("Kyiv").subList(0, 3)).containsExactlyInAnyOrder(UNIDENTIFIED, PLEDGE_TIMES, ATALAYAR);
        assertThat(sourcesOf("Kiev")).containsExactlyElementsOf(sourcesOf("Kyiv"));
    }

    /** "Kyiv" is also an alias of Ukraine as a government: the articles tagged with it match too, after those naming the city. */
    @Test
    void aNameInTheQueryFindsTheArticlesTaggedWithItsActor() {
        List<String> tagged = jdbc.queryForList("""
                select distinct article.source_name from article join actor_mention mention on mention.article_id = article.id
                join actor_alias alias on alias.actor_id = mention.actor_id where alias.alias = 'Kyiv'""", String.class);
        assertThat(tagged).isNotEmpty();
        assertThat(sourcesOf("Kyiv")).containsAll(tagged);
    }

    @Test
    void searchTreatsTheAcronymsOfOneOrganisationAsOne() {
        assertThat(sourcesOf("OTAN")).isNotEmpty().containsExactlyInAnyOrderElementsOf(sourcesOf("NATO"));
        assertThat(sourcesOf("U.S.")).isNotEmpty().containsExactlyInAnyOrderElementsOf(sourcesOf("USA"));
    }

    @Test
    void searchTreatsSergeiAndSergeyAsOneName() {
        assertThat(sourcesOf("\"Sergey Lavrov\"")).containsExactlyInAnyOrder(PLEDGE_TIMES, ATALAYAR);
    }

    @Test
    void searchTreatsDonbasAndDonbassAsOneName() {
        assertThat(sourcesOf("Donbass")).containsExactlyInAnyOrder(UNIDENTIFIED, PLEDGE_TIMES);
    }

    @Test
    void searchTreatsAnthonyAndAntonyAsOneName() {
        assertThat(sourcesOf("\"Anthony Blinken\"")).containsExactlyInAnyOrder(SPUTNIK, ATALAYAR);
    }

    @Test
    void searchIsAccentInsensitive() {
        assertThat(sourcesOf("\"El País\"")).containsExactly(UNIDENTIFIED);
    }

    @Test
    void searchStemsEnglishWords() {
        // "negotiated" (Pledge Times) and "negotiations" (Atalayar)
        assertThat(sourcesOf("negotiate")).containsExactlyInAnyOrder(PLEDGE_TIMES, ATALAYAR);
    }

    @Test
    void searchHonoursMustNotOperators() {
        assertThat(sourcesOf("Stoltenberg")).containsExactly(ATALAYAR);
        assertThat(sourcesOf("Stoltenberg -Medvedev")).isEmpty();
        assertThat(sourcesOf("Zelensky | Medvedev")).containsExactlyInAnyOrder(PLEDGE_TIMES, ATALAYAR);
    }

    @Test
    void findsByWordsThatOnlyTheTitleHas() {
        assertThat(sourcesOf("adjustments")).containsExactly(PLAYCRAZYGAME);
    }

    @Test
    void titleMatchesOutrankBodyMatches() {
        // "enlargement" is in Atalayar's title; "written response" is in Sputnik's title and in other bodies.
        assertThat(sourcesOf("\"written response\"")).first().isEqualTo(SPUTNIK);
    }

    @Test
    void snippetsMarkTheMatchedWordsAndEscapeTheRest() {
        ArticleHit hit = search.search(SearchRequest.of("Tomahawk", 1, 10)).hits().get(0);
        assertThat(hit.snippets()).isNotEmpty();
        assertThat(String.join(" ", hit.snippets())).contains("<mark>Tomahawk</mark>").doesNotContain("\"");
        assertThat(hit.outlet().slug()).isEqualTo("unidentified");
    }

    @Test
    void anEmptyQueryListsEveryArticleNewestFirst() {
        SearchResult all = search.search(SearchRequest.of("", 1, 10));
        assertThat(all.total()).isEqualTo(5);
        assertThat(all.hits().get(0).publishedOn()).hasToString("2022-02-02");
    }

    @Test
    void malformedQuerySyntaxIsSearchedRatherThanRejected() {
        assertThat(sourcesOf("\"Tomahawk cruise")).containsExactly(UNIDENTIFIED);
        assertThat(sourcesOf("Tomahawk AND ( -")).containsExactly(UNIDENTIFIED);
        assertThat(search.search(SearchRequest.of("*", 1, 10)).total()).isEqualTo(5);
    }

    private List<String> sourcesOf(String query) {
        return search.search(SearchRequest.of(query, 1, 20)).hits().stream()
                .map(hit -> jdbc.queryForObject("select source_name from article where id = ?", String.class, hit.id()))
                .toList();
    }
}
