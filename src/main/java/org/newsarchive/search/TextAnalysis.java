package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.newsarchive.index.IndexAnalyzers;
import org.newsarchive.text.Analyzers;
import org.springframework.stereotype.Component;

/** A text's terms as the index sees them (stemmed, stop words dropped, name variants as one), with their counts. */
@Component
public class TextAnalysis {

    private final IndexAnalyzers analyzers;

    TextAnalysis(IndexAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    public Map<String, Integer> terms(String text) {
        Analyzer english = analyzers.named(Analyzers.ENGLISH);
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream tokens = english.tokenStream("body", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }
}
