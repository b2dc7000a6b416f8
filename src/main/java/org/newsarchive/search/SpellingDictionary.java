package org.newsarchive.search;

import java.util.List;

import org.newsarchive.text.Analyzers;

/** The words the articles contain, in their {@value #FIELD} field, for correcting words a query misspells. */
interface SpellingDictionary {

    String FIELD = "spelling";

    /** How alike a correction must be to the word it replaces, from 0 to 1. */
    float ACCURACY = 0.7f;

    /**
     * For each word (analyzed as {@link Analyzers#WORDS}), the closest words by edit distance, best first
     * and at most {@code count}; none for a word the articles contain.
     */
    List<List<String>> closest(List<String> words, int count);
}
