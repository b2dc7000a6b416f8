package org.newsarchive.article;

import java.util.ArrayList;
import java.util.List;

import org.newsarchive.article.ArticleDetail.QuoteInArticle;

/**
 * An article body cut into paragraphs, and each paragraph into runs of plain text and quoted words,
 * so that a page can mark every quote with its speaker while escaping all of the text.
 */
public record ReadingText(List<Paragraph> paragraphs) {

    static final String PARAGRAPH_BREAK = "\n\n";

    /** {@code quote} is null for plain text. */
    public record Run(String text, QuoteInArticle quote, int quoteNumber) {
    }

    public record Paragraph(List<Run> runs) {
    }

    public static ReadingText of(ArticleDetail article) {
        String body = article.body();
        List<QuoteInArticle> quotes = article.quotes();
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf(PARAGRAPH_BREAK, start);
            if (end < 0) {
                end = body.length();
            }
            paragraphs.add(new Paragraph(runs(body, start, end, quotes)));
            start = end + PARAGRAPH_BREAK.length();
        }
        return new ReadingText(paragraphs);
    }

    private static List<Run> runs(String body, int start, int end, List<QuoteInArticle> quotes) {
        List<Run> runs = new ArrayList<>();
        int at = start;
        for (int i = 0; i < quotes.size(); i++) {
            QuoteInArticle quote = quotes.get(i);
            int from = Math.max(quote.start(), at);
            int to = Math.min(quote.end(), end);
            if (from >= to) {
                continue;
            }
            if (from > at) {
                runs.add(new Run(body.substring(at, from), null, 0));
            }
            runs.add(new Run(body.substring(from, to), quote, i + 1));
            at = to;
        }
        if (at < end) {
            runs.add(new Run(body.substring(at, end), null, 0));
        }
        return runs;
    }
}
