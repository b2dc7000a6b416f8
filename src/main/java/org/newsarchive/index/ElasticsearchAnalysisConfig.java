package org.newsarchive.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.newsarchive.text.Analyzers;
import org.springframework.stereotype.Component;

/**
 * Referenced by name from {@code hibernate.search.backend.analysis.configurer} with the OpenSearch
 * backend: the same analysis as {@link IndexAnalyzers}, component for component, in OpenSearch's names.
 * The transliterations go inline, since the cluster cannot read the archive's classpath.
 */
@Component("elasticsearchAnalysisConfig")
class ElasticsearchAnalysisConfig implements ElasticsearchAnalysisConfigurer {

    static final String POSSESSIVE = "english_possessive";
    static final String TRANSLITERATIONS = "transliterations";
    static final String PREFIXES = "prefixes_1_to_20";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
        context.tokenFilter(TRANSLITERATIONS).type("synonym_graph").param("synonyms", transliterations());
        context.tokenFilter(PREFIXES).type("edge_ngram")
                .param("min_gram", 1).param("max_gram", 20).param("preserve_original", true);

        context.analyzer(Analyzers.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters(POSSESSIVE, "lowercase", "asciifolding", TRANSLITERATIONS, "stop", "porter_stem");
        context.analyzer(Analyzers.WORDS).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(Analyzers.WORD_PREFIXES).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", PREFIXES);
        context.normalizer(Analyzers.SORT).custom()
                .tokenFilters("lowercase", "asciifolding");
    }

    /** The rules of the Solr-format file, comments and blank lines left out. */
    private static String[] transliterations() {
        try (InputStream in = ElasticsearchAnalysisConfig.class.getClassLoader()
                .getResourceAsStream(IndexAnalyzers.TRANSLITERATIONS)) {
            if (in == null) {
                throw new IllegalStateException("No " + IndexAnalyzers.TRANSLITERATIONS + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
