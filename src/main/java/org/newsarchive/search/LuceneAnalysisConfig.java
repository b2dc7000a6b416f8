package org.newsarchive.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * Referenced by name from {@code hibernate.search.backend.analysis.configurer}: the Lucene backend has
 * no built-in English analyzer.
 */
@Component("luceneAnalysisConfig")
class LuceneAnalysisConfig implements LuceneAnalysisConfigurer {

    static final String TRANSLITERATIONS = "search/transliterations.txt";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(Analyzers.ENGLISH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                // Every variant is rewritten to one spelling, one token for one token, at index and
                // query time alike, so no token graph needs flattening.
                .tokenFilter(SynonymGraphFilterFactory.class)
                        .param("synonyms", TRANSLITERATIONS)
                        .param("ignoreCase", "true")
                .tokenFilter(StopFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);

        context.analyzer(Analyzers.WORDS).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);

        context.analyzer(Analyzers.WORD_PREFIXES).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                        .param("minGramSize", "1")
                        .param("maxGramSize", "20")
                        .param("preserveOriginal", "true");

        context.normalizer(Analyzers.SORT).custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
