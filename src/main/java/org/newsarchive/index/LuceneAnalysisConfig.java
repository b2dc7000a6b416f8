package org.newsarchive.index;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.newsarchive.text.Analyzers;
import org.springframework.stereotype.Component;

/**
 * Referenced by name from {@code hibernate.search.backend.analysis.configurer} with the Lucene backend,
 * which has no built-in English analyzer: it indexes with {@link IndexAnalyzers}' instances.
 */
@Component("luceneAnalysisConfig")
class LuceneAnalysisConfig implements LuceneAnalysisConfigurer {

    private final IndexAnalyzers analyzers;

    LuceneAnalysisConfig(IndexAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (String name : new String[] {Analyzers.ENGLISH, Analyzers.WORDS, Analyzers.WORD_PREFIXES}) {
            context.analyzer(name).instance(analyzers.named(name));
        }
        context.normalizer(Analyzers.SORT).instance(analyzers.named(Analyzers.SORT));
    }
}
