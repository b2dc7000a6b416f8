package org.newsarchive.article;

import java.util.ArrayList;
import java.util.List;

import org.newsarchive.article.ArticleDetail.QuoteInArticle;
import org.newsarchive.text.TextSpan;

/**
 * An article body cut into paragraphs, each paragraph into runs of plain text and quoted words, and
 * each run into pieces that are marked (matching the reader's search) or not, so that a page can mark
 * every quote with its speaker and every search term while escaping all of the text.
 */
public record ReadingText(List<Paragraph> paragraphs) {

    static final String PARAGRAPH_BREAK = "\n\n";

    /** {@code start} is the piece's offset in the body. */
    public record Piece(String text, int start, boolean marked) {
    }

    /** {@code quote} is null for plain text. */
    public record Run(List<Piece> pieces, QuoteInArticle quote, int quoteNumber) {
    }

    public record Paragraph(List<Run> runs) {

        public String text() {
            StringBuilder text = new StringBuilder();
            runs.forEach(run -> run.pieces().forEach(piece -> text.append(piece.text())));
            return text.toString();
        }
    }

    /** @param marks spans of the body to mark, in order and not overlapping */
    public static ReadingText of(ArticleDetail article, List<TextSpan> marks) {
        String body = article.body();
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf(PARAGRAPH_BREAK, start);
            if (end < 0) {
                end = body.length();
            }
            paragraphs.add(new Paragraph(runs(body, start, end, article.quotes(), marks)));
            start = end + PARAGRAPH_BREAK.length();
        }
        return new ReadingText(paragraphs);
    }

    private static List<Run> runs(String body, int start, int end, List<QuoteInArticle> quotes, List<TextSpan> marks) {
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
                runs.add(new Run(pieces(body, at, from, marks), null, 0));
            }
            runs.add(new Run(pieces(body, from, to, marks), quote, i + 1));
            at = to;
        }
        if (at < end) {
            runs.add(new Run(pieces(body, at, end, marks), null, 0));
        }
        return runs;
    }

    private static List<Piece> pieces(String body, int start, int end, List<TextSpan> marks) {
        List<Piece> pieces = new ArrayList<>();
        int at = start;
        for (TextSpan mark : marks) {
            int from = Math.max(mark.start(), at);
            int to = Math.min(mark.end(), end);
            if (from >= to) {
                continue;
            }
            if (from > at) {
                pieces.add(new Piece(body.substring(at, from), at, false));
            }
            pieces.add(new Piece(body.substring(from, to), from, true));
            at = to;
        }
        if (at < end) {
            pieces.add(new Piece(body.substring(at, end), at, false));
        }
        return pieces;
    }
}
