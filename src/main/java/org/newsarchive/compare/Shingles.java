package org.newsarchive.compare;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs of {@link #SIZE} consecutive words, to tell the same text carried by two sites from two
 * reports of the same event: republished copy shares most of its runs, independent reporting few.
 */
final class Shingles {

    static final int SIZE = 5;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Shingles() {
    }

    static Set<String> of(String text) {
        List<String> words = Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty()).toList();
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + SIZE <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + SIZE)));
        }
        return shingles;
    }

    /** The share of runs the two have in common, of all the runs either has. */
    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / (a.size() + b.size() - shared.size());
    }
}
