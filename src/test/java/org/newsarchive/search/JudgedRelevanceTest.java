package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.newsarchive.ingest.ImportCommand;
import org.newsarchive.support.RealWorldArchiveTest;
import org.newsarchive.support.RealWorldSet;
import org.newsarchive.support.RealWorldSet.JudgedQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real-world development set's judged searches, run against the set imported as a user would: recall and
 * nDCG of the first ten hits, printed per query, failing below their goals on average.
 */
@RealWorldArchiveTest
@Execution(ExecutionMode.CONCURRENT)
class JudgedRelevanceTest {

    static final int CUTOFF = 10;
    static final double RECALL_GOAL = 0.9;
    static final double NDCG_GOAL = 0.8;

    private static final Map<Long, String> captures = new HashMap<>();

    @Autowired
    ImportCommand command;

    @Autowired
    SearchService search;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void importTheSetOnceWithItsManifest() {
        if (!captures.isEmpty()) {
            return;
        }
        RealWorldSet.importOnce(command, jdbc);
        jdbc.query("select id, source_name from article where source_name like ?",
                row -> {
                    captures.put(row.getLong(1), Path.of(row.getString(2)).getFileName().toString());
                }, RealWorldSet.articles() + "/%");
    }

    @Test
    void theJudgedSearchesFindTheirArticlesInTheFirstTen() {
        List<Double> recalls = new ArrayList<>();
        List<Double> gains = new ArrayList<>();
        for (JudgedQuery judged : RealWorldSet.queries()) {
            List<String> ranking = search.search(SearchRequest.of(judged.query(), 1, CUTOFF)).hits().stream()
                    .map(hit -> captures.getOrDefault(hit.id(), "seed")).toList();
            double recall = recall(ranking, judged.relevant());
            double ndcg = ndcg(ranking, judged.relevant());
            recalls.add(recall);
            gains.add(ndcg);
            System.out.printf("judged search  recall@10 %.2f  nDCG@10 %.2f  %-45s %s%n", recall, ndcg, judged.query(),
                    ranking);
        }
        double recall = mean(recalls);
        double ndcg = mean(gains);
        System.out.printf("judged searches: %d, mean recall@10 %.3f, mean nDCG@10 %.3f%n", recalls.size(), recall, ndcg);
        assertThat(recall).as("mean recall@10").isGreaterThanOrEqualTo(RECALL_GOAL);
        assertThat(ndcg).as("mean nDCG@10").isGreaterThanOrEqualTo(NDCG_GOAL);
    }

    static double recall(List<String> ranking, List<String> relevant) {
        return (double) ranking.stream().filter(relevant::contains).count() / relevant.size();
    }

    /** Binary gains: each relevant capture counts one, discounted by the logarithm of its place. */
    static double ndcg(List<String> ranking, List<String> relevant) {
        double gained = 0;
        for (int place = 0; place < ranking.size(); place++) {
            if (relevant.contains(ranking.get(place))) {
                gained += discount(place);
            }
        }
        double ideal = 0;
        for (int place = 0; place < Math.min(relevant.size(), CUTOFF); place++) {
            ideal += discount(place);
        }
        return gained / ideal;
    }

    private static double discount(int place) {
        return 1 / (Math.log(place + 2) / Math.log(2));
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
