package org.newsarchive.search;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The words of a query without operators that carry meaning: each run of characters between spaces
 * ("NATO-Russia" is one word), stop words left out, since a word no article is indexed under could
 * never count towards how many of the words an article has.
 */
@Component
class QueryWords {

    private final TextAnalysis analysis;

    QueryWords(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    List<String> of(String cleaned) {
        return Arrays.stream(cleaned.split("\\s+")).filter(word -> !analysis.terms(word).isEmpty()).toList();
    }
}
