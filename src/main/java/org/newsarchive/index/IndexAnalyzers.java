package org.newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.newsarchive.text.Analyzers;
import org.springframework.stereotype.Component;

/**
 * The analyzers and the normalizer named in {@link Analyzers}, built from Lucene's analysis components.
 * The Lucene backend indexes with these very instances ({@link LuceneAnalysisConfig}); the OpenSearch
 * backend with {@link ElasticsearchAnalysisConfig}'s copy of them. Work done on text outside a search
 * (highlighting a whole article, its terms, did-you-mean) uses them on either backend.
 */
@Component
public class IndexAnalyzers {

    static final String TRANSLITERATIONS = "search/transliterations.txt";

    private final Map<String, Analyzer> byName;

    public IndexAnalyzers() {
        try {
            byName = Map.of(
                    Analyzers.ENGLISH, english(),
                    Analyzers.WORDS, builder().withTokenizer(StandardTokenizerFactory.class)
                            .addTokenFilter(LowerCaseFilterFactory.class)
                            .addTokenFilter(ASCIIFoldingFilterFactory.class)
                            .build(),
                    Analyzers.WORD_PREFIXES, builder().withTokenizer(StandardTokenizerFactory.class)
                            .addTokenFilter(LowerCaseFilterFactory.class)
                            .addTokenFilter(ASCIIFoldingFilterFactory.class)
                            .addTokenFilter(EdgeNGramFilterFactory.class,
                                    "minGramSize", "1", "maxGramSize", "20", "preserveOriginal", "true")
                            .build(),
                    Analyzers.SORT, builder().withTokenizer(KeywordTokenizerFactory.class)
                            .addTokenFilter(LowerCaseFilterFactory.class)
                            .addTokenFilter(ASCIIFoldingFilterFactory.class)
                            .build());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the search analyzers", e);
        }
    }

    private static Analyzer english() throws IOException {
        return builder().withTokenizer(StandardTokenizerFactory.class)
                .addTokenFilter(EnglishPossessiveFilterFactory.class)
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(ASCIIFoldingFilterFactory.class)
                // Every variant is rewritten to one spelling, one token for one token, at index and
                // query time alike, so no token graph needs flattening.
                .addTokenFilter(SynonymGraphFilterFactory.class, "synonyms", TRANSLITERATIONS, "ignoreCase", "true")
                .addTokenFilter(StopFilterFactory.class)
                .addTokenFilter(PorterStemFilterFactory.class)
                .build();
    }

    private static CustomAnalyzer.Builder builder() {
        return CustomAnalyzer.builder(new ClasspathResourceLoader(IndexAnalyzers.class.getClassLoader()));
    }

    public Analyzer named(String name) {
        Analyzer analyzer = byName.get(name);
        if (analyzer == null) {
            throw new IllegalArgumentException("No analyzer named " + name);
        }
        return analyzer;
    }
}
