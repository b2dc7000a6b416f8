package org.newsarchive.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The app's analyzers (search/LuceneAnalysisConfig) rebuilt from the same factories and the same
 * transliterations file, so raw Lucene indexes and parses exactly as the app does.
 */
final class Analysis {

    final Analyzer english;
    final Analyzer words;
    final Analyzer wordPrefixes;

    Analysis(Path appResources) throws IOException {
        english = CustomAnalyzer.builder(appResources)
                .withTokenizer("standard")
                .addTokenFilter("englishPossessive")
                .addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding")
                .addTokenFilter("synonymGraph", "synonyms", "search/transliterations.txt", "ignoreCase", "true")
                .addTokenFilter("stop")
                .addTokenFilter("porterStem")
                .build();
        words = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase").addTokenFilter("asciiFolding").build();
        wordPrefixes = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                .addTokenFilter("asciiFolding")
                .addTokenFilter("edgeNGram", "minGramSize", "1", "maxGramSize", "20", "preserveOriginal", "true").build();
    }

    Analyzer forIndexing() {
        return new PerFieldAnalyzerWrapper(english, Map.of("title_prefix", wordPrefixes, "spelling", words));
    }
}
