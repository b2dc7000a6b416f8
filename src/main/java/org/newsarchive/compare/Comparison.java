package org.newsarchive.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.newsarchive.article.ArticleDetail;
import org.newsarchive.article.ReadingText;
import org.newsarchive.compare.ParagraphAlignment.Row;
import org.newsarchive.compare.SharedQuotes.SharedQuote;

/**
 * Two to four articles set side by side, earliest first: each with its headline's words (those no other
 * headline has marked), its reading text (shared quotes marked), the quotes they share, who mentions
 * what, and their paragraphs in aligned rows.
 */
public record Comparison(List<Compared> articles, List<SharedQuote> sharedQuotes, CoverageMatrix matrix,
        List<Row> rows) {

    /** The articles published on the earliest day among them (the articles come in order of publication); none when undated. */
    public List<Compared> firstReported() {
        LocalDate first = articles.get(0).article().publishedOn();
        return first == null ? List.of()
                : articles.stream().filter(compared -> first.equals(compared.article().publishedOn())).toList();
    }

    /** What one article brings: counts for its summary line, and where each of its shared quotes is. */
    public record Compared(ArticleDetail article, List<HeadlineWord> headline, ReadingText reading, Summary summary,
            Map<Integer, QuoteLink> sharedAt) {

        public QuoteLink shared(int start) {
            return sharedAt.get(start);
        }
    }

    @Schema(name = "ComparedArticleCounts")
    public record Summary(int words, int quotes, int actors, int demands, List<String> sources) {
    }

    /**
     * A shared quote where it occurs in one article: its number (which also picks its colour), its
     * own anchor, and the anchor of the same quote in the next article that carries it.
     */
    public record QuoteLink(int number, String anchor, String next) {
    }
}
