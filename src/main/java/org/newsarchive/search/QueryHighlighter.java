package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.newsarchive.index.IndexAnalyzers;
import org.newsarchive.text.TextSpan;
import org.newsarchive.text.Analyzers;
import org.springframework.stereotype.Component;

/**
 * Where a query's words occur in a text, by the same analysis as the index (so "negotiations" is
 * found for "negotiate", and Kyiv for Kiev), for showing an opened search hit with its terms marked.
 * Lucene's unified highlighter finds them; words the query excludes are not marked.
 */
@Component
public class QueryHighlighter {

    private final IndexAnalyzers analyzers;

    QueryHighlighter(IndexAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    public List<TextSpan> spans(String typedQuery, String text) {
        String query = QueryText.clean(typedQuery);
        if (query.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        Analyzer english = analyzers.named(Analyzers.ENGLISH);
        Query parsed = new SimpleQueryParser(english, "body").parse(query);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(english)
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxLength(text.length() + 1)
                .withFormatter(new SpanCollector())
                .build();
        try {
            Object spans = highlighter.highlightWithoutSearcher("body", parsed, text, 1);
            return spans == null ? List.of() : ((SpanCollector.Spans) spans).list();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects the offsets of the matches instead of formatting them. */
    private static final class SpanCollector extends PassageFormatter {

        record Spans(List<TextSpan> list) {
        }

        @Override
        public Object format(Passage[] passages, String content) {
            List<TextSpan> spans = new ArrayList<>();
            for (Passage passage : passages) {
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int start = passage.getMatchStarts()[i];
                    int end = passage.getMatchEnds()[i];
                    if (end > start && (spans.isEmpty() || start >= spans.get(spans.size() - 1).end())) {
                        spans.add(new TextSpan(start, end));
                    }
                }
            }
            return new Spans(spans);
        }
    }
}
