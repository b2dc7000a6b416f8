package org.newsarchive.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@ArchiveTest
class StoryGroupingTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StoryGrouping grouping;

    @Test
    void theRepliesCoverageOf26And27JanuaryIsOneStoryAndElPaisOnTwoFebruaryAnother() {
        assertThat(storiesBySources()).containsExactlyInAnyOrder(
                Set.of("000_9c0e0673cd2d66e7.txt", "001_3e1338e84fc86e8a.txt", "003_704011b801f09680.txt",
                        "004_4efa51a7752c072d.txt"),
                Set.of("002_73428c9fd92591ec.txt"));
    }

    @Test
    void eachArticleRecordsHowLikeItsStoryItIsAndNoneIsACopy() {
        List<Map<String, Object>> placements = jdbc.queryForList("""
                select a.source_name, sa.similarity, sa.republication_of, sa.placed_by
                from story_article sa join article a on a.id = sa.article_id order by a.published_on, a.id""");
        assertThat(placements).extracting(row -> row.get("source_name")).first().isEqualTo("001_3e1338e84fc86e8a.txt");
        assertThat(placements.get(0).get("similarity")).isEqualTo(1.0);
        assertThat(placements.subList(1, 4)).allSatisfy(row -> assertThat((Double) row.get("similarity"))
                .isBetween(StoryGrouping.SAME_STORY, 1.0));
        assertThat(placements).allSatisfy(row -> {
            assertThat(row.get("republication_of")).isNull();
            assertThat(row.get("placed_by")).isEqualTo("GROUPING");
        });
    }

    @Test
    void regroupingKeepsWhatAnEditorPlaced() {
        String pledgeTimes = "(select id from article where source_name = '003_704011b801f09680.txt')";
        try {
            long elPaisStory = jdbc.queryForObject("""
                    select story_id from story_article
                    where article_id = (select id from article where source_name = '002_73428c9fd92591ec.txt')""", Long.class);
            jdbc.update("update story_article set placed_by = 'EDITOR', story_id = ? where article_id = " + pledgeTimes,
                    elPaisStory);

            grouping.regroup();

            assertThat(jdbc.queryForMap("select story_id, placed_by from story_article where article_id = " + pledgeTimes))
                    .containsEntry("story_id", elPaisStory).containsEntry("placed_by", "EDITOR");
            assertThat(jdbc.queryForObject("select count(*) from story_article", Integer.class)).isEqualTo(5);
        } finally {
            jdbc.update("delete from story_article");
            grouping.regroup();
        }
        assertThat(storiesBySources()).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from story", Integer.class)).isEqualTo(2);
    }

    private List<Set<String>> storiesBySources() {
        Map<Long, Set<String>> stories = jdbc.query(
                "select sa.story_id, a.source_name from story_article sa join article a on a.id = sa.article_id",
                (row, n) -> Map.entry(row.getLong(1), row.getString(2))).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        return List.copyOf(stories.values());
    }
}
