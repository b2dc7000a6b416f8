package org.newsarchive.search;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene's more-like-this query on the body: the {@code maxTerms} words of a text that weigh most by tf·idf,
 * of those it has at least {@code minTermFrequency} times, any of which may match. Lucene's
 * {@code MoreLikeThis} chooses the words the same way but looks up every word's document frequency in every
 * segment for every text, which was a third of an import's time (bench/README.md); it cannot be given
 * counts already known, so the choice is made here, with the counts of {@link DocumentFrequencies}.
 */
final class LikeTextQuery extends Query {

    static final String FIELD = "body";

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

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        WeightiestWords.of(text, analyzer, searcher.getIndexReader(), frequencies, minTermFrequency, maxTerms)
                .forEach(word -> query.add(new TermQuery(new Term(FIELD, word)), BooleanClause.Occur.SHOULD));
        return query.build();
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
