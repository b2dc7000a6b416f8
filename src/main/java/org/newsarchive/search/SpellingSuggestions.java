package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.newsarchive.article.Article;
import org.springframework.stereotype.Component;

/**
 * "Did you mean" for a search that found nothing: each word of the query that no article contains is
 * replaced by the closest words that some do, and only corrections that find something are offered.
 */
@Component
class SpellingSuggestions {

    static final int MAX_SUGGESTIONS = 3;
    static final String FIELD = "spelling";
    static final float ACCURACY = 0.7f;

    private final EntityManagerFactory entityManagerFactory;
    private final IndexAnalyzers analyzers;
    private final SearchService search;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();

    SpellingSuggestions(EntityManagerFactory entityManagerFactory, IndexAnalyzers analyzers, SearchService search) {
        this.entityManagerFactory = entityManagerFactory;
        this.analyzers = analyzers;
        this.search = search;
        spellChecker.setAccuracy(ACCURACY);
    }

    /** Corrections of a query that found nothing; none for one that found something. */
    List<SpellingSuggestion> of(SearchRequest request, SearchResult result) {
        if (result.total() > 0 || !request.hasQuery()) {
            return List.of();
        }
        List<SpellingSuggestion> suggestions = new ArrayList<>();
        for (String query : corrections(request.query())) {
            SearchRequest corrected = request.withQuery(query);
            SearchLinks links = SearchLinks.of(corrected);
            if (search.count(corrected) > 0) {
                suggestions.add(new SpellingSuggestion(query, links.page(1), false));
            } else if (corrected.isFiltered() && search.count(corrected.withoutFilters()) > 0) {
                suggestions.add(new SpellingSuggestion(query, links.withoutFilters(), true));
            }
        }
        return suggestions;
    }

    /**
     * The query with its misspelt words corrected, operators and phrases kept: the first correction takes
     * each word's closest match, the next ones its runners-up.
     */
    List<String> corrections(String query) {
        List<Misspelling> misspellings = misspellings(query);
        if (misspellings.isEmpty()) {
            return List.of();
        }
        Set<String> corrections = new LinkedHashSet<>();
        for (int rank = 0; rank < MAX_SUGGESTIONS; rank++) {
            StringBuilder corrected = new StringBuilder(query);
            // From the last word back, so that the offsets of the earlier ones still hold.
            for (int i = misspellings.size() - 1; i >= 0; i--) {
                Misspelling misspelling = misspellings.get(i);
                String typed = query.substring(misspelling.start(), misspelling.end());
                corrected.replace(misspelling.start(), misspelling.end(), inCaseOf(typed, misspelling.closest(rank)));
            }
            corrections.add(corrected.toString());
        }
        return List.copyOf(corrections);
    }

    private List<Misspelling> misspellings(String query) {
        Analyzer words = analyzers.named(Analyzers.WORDS);
        List<Misspelling> misspellings = new ArrayList<>();
        try (IndexReader reader = Search.mapping(entityManagerFactory).scope(Article.class)
                        .extension(LuceneExtension.get()).openIndexReader();
                TokenStream tokens = words.tokenStream(FIELD, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                if (word.chars().anyMatch(Character::isDigit) || isExcludedOrPartial(query, offset.startOffset(), offset.endOffset())) {
                    continue;
                }
                SuggestWord[] closest = spellChecker.suggestSimilar(new Term(FIELD, word), MAX_SUGGESTIONS, reader,
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (closest.length > 0) {
                    misspellings.add(new Misspelling(offset.startOffset(), offset.endOffset(),
                            Arrays.stream(closest).map(suggestion -> suggestion.string).toList()));
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return misspellings;
    }

    /**
     * Excluded words ({@code -word}) cannot be why nothing matched, and prefix ({@code word*}) and fuzzy
     * ({@code word~}) words are not meant to be whole words.
     */
    private static boolean isExcludedOrPartial(String query, int start, int end) {
        boolean excluded = start > 0 && query.charAt(start - 1) == '-'
                && (start == 1 || !Character.isLetterOrDigit(query.charAt(start - 2)));
        boolean partial = end < query.length() && (query.charAt(end) == '*' || query.charAt(end) == '~');
        return excluded || partial;
    }

    /** The suggestion written as the word was typed: in capitals, capitalised, or as it comes. */
    private static String inCaseOf(String typed, String suggestion) {
        if (typed.length() > 1 && typed.equals(typed.toUpperCase(Locale.ROOT))) {
            return suggestion.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(typed.codePointAt(0))) {
            return suggestion.substring(0, 1).toUpperCase(Locale.ROOT) + suggestion.substring(1);
        }
        return suggestion;
    }

    private record Misspelling(int start, int end, List<String> suggestions) {

        String closest(int rank) {
            return suggestions.get(Math.min(rank, suggestions.size() - 1));
        }
    }
}
