package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.newsarchive.index.IndexAnalyzers;
import org.newsarchive.text.Analyzers;
import org.springframework.stereotype.Component;

/**
 * "Did you mean" for a search that found nothing: each word of the query that no article contains is
 * replaced by the closest words that some do, and only corrections that find something are offered.
 */
@Component
class SpellingSuggestions {

    static final int MAX_SUGGESTIONS = 3;

    private final IndexAnalyzers analyzers;
    private final SpellingDictionary dictionary;
    private final SearchService search;

    SpellingSuggestions(IndexAnalyzers analyzers, SpellingDictionary dictionary, SearchService search) {
        this.analyzers = analyzers;
        this.dictionary = dictionary;
        this.search = search;
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
        List<Word> words = new ArrayList<>();
        try (TokenStream tokens = analyzers.named(Analyzers.WORDS).tokenStream(SpellingDictionary.FIELD, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                if (word.chars().noneMatch(Character::isDigit) && !isExcludedOrPartial(query, offset.startOffset(), offset.endOffset())) {
                    words.add(new Word(offset.startOffset(), offset.endOffset(), word));
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> closest = dictionary.closest(words.stream().map(Word::text).toList(), MAX_SUGGESTIONS);
        List<Misspelling> misspellings = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!closest.get(i).isEmpty()) {
                misspellings.add(new Misspelling(words.get(i).start(), words.get(i).end(), closest.get(i)));
            }
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

    private record Word(int start, int end, String text) {
    }

    private record Misspelling(int start, int end, List<String> suggestions) {

        String closest(int rank) {
            return suggestions.get(Math.min(rank, suggestions.size() - 1));
        }
    }
}
