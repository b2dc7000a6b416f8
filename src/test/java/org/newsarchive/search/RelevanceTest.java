package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.support.Seeds.ATALAYAR;
import static org.newsarchive.support.Seeds.PLAYCRAZYGAME;
import static org.newsarchive.support.Seeds.PLEDGE_TIMES;
import static org.newsarchive.support.Seeds.SPUTNIK;
import static org.newsarchive.support.Seeds.UNIDENTIFIED;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A judged set of queries over the five seed articles: for each, the articles that must come first,
 * or fill the top places in any order. The judgments were made by reading the seeds.
 */
@ArchiveTest
class RelevanceTest {

    @Autowired
    SearchService search;

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> mustRankFirst() {
        return Stream.of(
                Arguments.of("Tomahawk", UNIDENTIFIED),
                Arguments.of("Tomahawk missiles", UNIDENTIFIED),
                Arguments.of("Riabkov", PLAYCRAZYGAME),
                Arguments.of("Ryabkov", PLAYCRAZYGAME),
                Arguments.of("Stoltenberg", ATALAYAR),
                Arguments.of("Stoltenbrg~", ATALAYAR),
                Arguments.of("El Pais", UNIDENTIFIED),
                Arguments.of("el país", UNIDENTIFIED),
                Arguments.of("Medvedev AND Blinken", ATALAYAR),
                Arguments.of("Podoliak", ATALAYAR),
                Arguments.of("Zelensky", PLEDGE_TIMES),
                Arguments.of("enlargement policy", ATALAYAR),
                Arguments.of("final adjustments", PLAYCRAZYGAME),
                Arguments.of("\"Morgan Artyukhina\"", SPUTNIK),
                Arguments.of("Belgium ambassador", SPUTNIK));
    }

    @ParameterizedTest(name = "{0} ranks {1} first")
    @MethodSource
    void mustRankFirst(String query, String first) {
        assertThat(ranking(query)).first().isEqualTo(first);
    }

    static Stream<Arguments> mustFillTheTop() {
        return Stream.of(
                Arguments.of("\"open door policy\"", List.of(UNIDENTIFIED, ATALAYAR)),
                Arguments.of("negotiate", List.of(ATALAYAR, PLEDGE_TIMES)),
                Arguments.of("negotiations", List.of(ATALAYAR, PLEDGE_TIMES)),
                Arguments.of("Kiev", List.of(UNIDENTIFIED, PLEDGE_TIMES, ATALAYAR)),
                Arguments.of("Kyiv", List.of(UNIDENTIFIED, PLEDGE_TIMES, ATALAYAR)),
                Arguments.of("Donbas", List.of(UNIDENTIFIED, PLEDGE_TIMES)),
                Arguments.of("Donbass", List.of(UNIDENTIFIED, PLEDGE_TIMES)),
                Arguments.of("Sergei Lavrov", List.of(PLEDGE_TIMES, ATALAYAR)),
                Arguments.of("Anthony Blinken", List.of(ATALAYAR, SPUTNIK)),
                Arguments.of("\"written response\"", List.of(SPUTNIK, PLEDGE_TIMES, PLAYCRAZYGAME)),
                Arguments.of("\"security guarantees\"", List.of(UNIDENTIFIED, SPUTNIK, PLAYCRAZYGAME)),
                Arguments.of("Tomahawk OR Grushko", List.of(UNIDENTIFIED, ATALAYAR)),
                Arguments.of("Lavrov | Medvedev", List.of(PLEDGE_TIMES, ATALAYAR)));
    }

    @ParameterizedTest(name = "{0} puts {1} on top")
    @MethodSource
    void mustFillTheTop(String query, List<String> top) {
        List<String> ranking = ranking(query);
        assertThat(ranking).hasSizeGreaterThanOrEqualTo(top.size());
        assertThat(ranking.subList(0, top.size())).containsExactlyInAnyOrderElementsOf(top);
    }

    @ParameterizedTest(name = "{0} finds nothing")
    @MethodSource
    void excludedOrAbsentWordsFindNothing(String query) {
        assertThat(ranking(query)).isEmpty();
    }

    static Stream<String> excludedOrAbsentWordsFindNothing() {
        return Stream.of("Tomahawk -Pais", "Tomahawk NOT País", "Zelensky Tomahawk", "Lukashenko");
    }

    private List<String> ranking(String query) {
        Map<Long, String> sources = jdbc.query("select id, source_name from article",
                rows -> {
                    Map<Long, String> byId = new HashMap<>();
                    while (rows.next()) {
                        byId.put(rows.getLong(1), rows.getString(2));
                    }
                    return byId;
                });
        return search.search(SearchRequest.of(query, 1, 10)).hits().stream().map(hit -> sources.get(hit.id())).toList();
    }
}
