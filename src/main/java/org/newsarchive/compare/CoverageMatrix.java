package org.newsarchive.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import org.newsarchive.article.ArticleDetail;

/**
 * Who mentions what: for each demand, actor and cited source, how often each compared article
 * mentions it. A line only one article has says which ({@code onlyIn}, an index into the articles).
 */
record CoverageMatrix(List<Line> demands, List<Line> actors, List<Line> sources) {

    @Schema(name = "CoverageLine")
    record Line(String slug, String label, List<Integer> counts, @Nullable Integer onlyIn) {

        long articles() {
            return counts.stream().filter(count -> count > 0).count();
        }
    }

    private record Mention(String slug, String label, int count) {
    }

    static CoverageMatrix of(List<ArticleDetail> articles) {
        return new CoverageMatrix(
                lines(articles, article -> article.demands().stream()
                        .map(demand -> new Mention(demand.slug(), demand.title(), demand.mentions().size())).toList()),
                lines(articles, article -> article.actors().stream()
                        .map(actor -> new Mention(actor.slug(), actor.name(), actor.mentions().size())).toList()),
                lines(articles, article -> article.citations().stream()
                        .map(citation -> new Mention(citation.outlet().slug(), citation.outlet().name(), 1)).toList()));
    }

    private static List<Line> lines(List<ArticleDetail> articles, Function<ArticleDetail, List<Mention>> mentions) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            for (Mention mention : mentions.apply(articles.get(a))) {
                labels.putIfAbsent(mention.slug(), mention.label());
                counts.computeIfAbsent(mention.slug(), slug -> new int[articles.size()])[a] += mention.count();
            }
        }
        List<Line> lines = new ArrayList<>();
        counts.forEach((slug, perArticle) -> lines.add(new Line(slug, labels.get(slug),
                Arrays.stream(perArticle).boxed().toList(), onlyIn(perArticle))));
        lines.sort(Comparator.comparingLong(Line::articles).reversed().thenComparing(Line::label));
        return lines;
    }

    /** The one article that mentions it, or null when none or several do. */
    private static Integer onlyIn(int[] perArticle) {
        Integer only = null;
        for (int a = 0; a < perArticle.length; a++) {
            if (perArticle[a] > 0) {
                if (only != null) {
                    return null;
                }
                only = a;
            }
        }
        return perArticle.length > 1 ? only : null;
    }
}
