package org.newsarchive.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.ClassicSimilarity;

/**
 * Lucene's more-like-this query on the body: the {@code maxTerms} words of a text that weigh most by tf·idf,
 * of those it has at least {@code minTermFrequency} times, any of which may match. Lucene's
 * {@code MoreLikeThis} chooses the words the same way but looks up every word's document frequency in every
 * segment for every text, which was a third of an import's time (bench/README.md); it cannot be given
 * counts already known, so the choice is made here, with the counts of {@link DocumentFrequencies}.
 */
final class LikeTextQuery extends Query {

    static final String FIELD = "body";
    /** {@code MoreLikeThis}'s default: the words after these do not count. */
    private static final int MAX_TOKENS = 5000;
    private static final ClassicSimilarity SIMILARITY = new ClassicSimilarity();

    private final String text;
    private final Analyzer analyzer;
    private final int minTermFrequency;
    private final int maxTerms;
    private final DocumentFrequencies frequencies;

    LikeTextQuery(String text, Analyzer analyzer, int minTermFrequency, int maxTerms, DocumentFrequencies frequencies) {
        this.text = text;
        this.analyzer = analyzer;
        this.minTermFrequency = minTermFrequency;
        this.maxTerms = maxTerms;
        this.frequencies = frequencies;
    }

    private record WeighedWord(String word, float weight) {
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        int withField = reader.getDocCount(FIELD);
        long documents = withField == -1 ? reader.numDocs() : withField;
        PriorityQueue<WeighedWord> weightiest = new PriorityQueue<>((a, b) -> Float.compare(a.weight(), b.weight()));
        for (Map.Entry<String, Integer> word : termFrequencies().entrySet()) {
            if (word.getValue() < minTermFrequency) {
                continue;
            }
            int documentFrequency = frequencies.of(reader, new Term(FIELD, word.getKey()));
            if (documentFrequency == 0) {
                continue;
            }
            float weight = word.getValue() * SIMILARITY.idf(documentFrequency, documents);
            if (weightiest.size() < maxTerms) {
                weightiest.add(new WeighedWord(word.getKey(), weight));
            } else if (weightiest.peek().weight() < weight) {
                weightiest.poll();
                weightiest.add(new WeighedWord(word.getKey(), weight));
            }
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        weightiest.forEach(word -> query.add(new TermQuery(new Term(FIELD, word.word())), BooleanClause.Occur.SHOULD));
        return query.build();
    }

    private Map<String, Integer> termFrequencies() throws IOException {
        Map<String, Integer> frequencies = new HashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            for (int count = 0; tokens.incrementToken() && count < MAX_TOKENS; count++) {
                frequencies.merge(term.toString(), 1, Integer::sum);
            }
            tokens.end();
        }
        return frequencies;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "like:" + text;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && other instanceof LikeTextQuery query && text.equals(query.text) && analyzer.equals(query.analyzer)
                && minTermFrequency == query.minTermFrequency && maxTerms == query.maxTerms;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), text, analyzer, minTermFrequency, maxTerms);
    }
}
