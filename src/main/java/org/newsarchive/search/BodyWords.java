package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.SmallFloat;

/**
 * A body's words as the index holds them: how often each occurs, the body's length as its norm records it
 * (the words, less those stacked on another's position, in Lucene's one-byte encoding), and how many words it has.
 */
record BodyWords(Map<String, Integer> counts, long norm, int words) {

    static BodyWords of(String body, Analyzer analyzer) {
        Map<String, Integer> counts = new HashMap<>();
        int length = 0;
        int words = 0;
        try (TokenStream tokens = analyzer.tokenStream(LikeTextQuery.FIELD, body)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
                words++;
                if (increment.getPositionIncrement() > 0) {
                    length++;
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BodyWords(counts, SmallFloat.intToByte4(length), words);
    }
}
