package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThisQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.junit.jupiter.api.Test;
import org.newsarchive.index.IndexAnalyzers;
import org.newsarchive.text.Analyzers;

/**
 * The query story grouping and other coverage ask must choose words that weigh what the words Lucene's
 * {@code MoreLikeThis} chooses weigh (among words of equal weight either may be taken), over an index of the
 * 40 real-world captures, each in a segment of its own.
 */
class LikeTextQueryTest {

    private final Analyzer english = new IndexAnalyzers().named(Analyzers.ENGLISH);

    @Test
    void choosesTheWordsLucenesMoreLikeThisChooses() throws IOException {
        try (CapturesIndex captures = new CapturesIndex(english)) {
            List<String> texts = captures.texts();
            try (DirectoryReader reader = captures.open()) {
                IndexSearcher searcher = new IndexSearcher(reader);
                DocumentFrequencies frequencies = new DocumentFrequencies();
                int same = 0;
                List<String> differing = new ArrayList<>();
                for (String text : texts) {
                    for (int minTermFrequency : new int[] {1, 2}) {
                        Set<String> lucenes = words(lucenes(text, minTermFrequency).rewrite(searcher));
                        Set<String> ours = words(new LikeTextQuery(text, english, minTermFrequency, MoreLikeThis.MORE_LIKE_THIS_TERMS,
                                frequencies).rewrite(searcher));
                        if (weights(lucenes, text, reader).equals(weights(ours, text, reader))) {
                            same++;
                        } else {
                            differing.add(text.substring(0, 40) + ": " + lucenes + " against " + ours);
                        }
                    }
                }
                System.out.printf("More-like-this words: %d/%d texts and frequencies given words of the weights Lucene's MoreLikeThis "
                        + "chooses%n", same,
                        texts.size() * 2);
                assertThat(differing).isEmpty();
            }
        }
    }

    private MoreLikeThisQuery lucenes(String text, int minTermFrequency) {
        MoreLikeThisQuery query = new MoreLikeThisQuery(text, new String[] {LikeTextQuery.FIELD}, english, LikeTextQuery.FIELD);
        query.setMinDocFreq(1);
        query.setMinTermFrequency(minTermFrequency);
        query.setPercentTermsToMatch(0);
        query.setMaxQueryTerms(MoreLikeThis.MORE_LIKE_THIS_TERMS);
        return query;
    }

    /** The words' tf·idf weights, smallest first. */
    private List<Float> weights(Set<String> words, String text, IndexReader reader) throws IOException {
        Map<String, Integer> frequencies = new HashMap<>();
        try (TokenStream tokens = english.tokenStream(LikeTextQuery.FIELD, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                frequencies.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        }
        List<Float> weights = new ArrayList<>();
        for (String word : words) {
            weights.add(frequencies.get(word) * new ClassicSimilarity().idf(reader.docFreq(new Term(LikeTextQuery.FIELD, word)),
                    reader.getDocCount(LikeTextQuery.FIELD)));
        }
        weights.sort(null);
        return weights;
    }

    private static Set<String> words(org.apache.lucene.search.Query query) {
        Set<String> words = new HashSet<>();
        for (BooleanClause clause : (BooleanQuery) query) {
            words.add(((TermQuery) clause.getQuery()).getTerm().text());
        }
        return words;
    }
}
