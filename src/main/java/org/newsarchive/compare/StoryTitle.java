package org.newsarchive.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsarchive.search.TextAnalysis;

/**
 * A story's title, made of what its articles' headlines share rather than taken from one of them: the
 * words (as the index sees them: stemmed, name variants as one) that at least two of its different
 * headlines use, and a third of them in a story of more than six. They are read off the headline that
 * has most of them (the earliest on a tie), in its order and spelling; neighbouring words stay together
 * and the groups are set apart by " · ", as in "Russia · US-NATO response · security demands". With
 * fewer than {@link #FEWEST_WORDS} such words, or one headline, the story keeps its earliest headline.
 * Copies carry the same headline, so a headline counts once however many articles have it.
 */
final class StoryTitle {

    static final int FEWEST_WORDS = 2;
    static final String BETWEEN_GROUPS = " · ";

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** "U.S." keeps its last full stop. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.){2,}");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private StoryTitle() {
    }

    /** @param storyHeadlines the story's headlines, earliest first; at least one */
    static String of(List<String> storyHeadlines, TextAnalysis analysis) {
        List<String> headlines = distinct(storyHeadlines);
        List<Set<String>> terms = headlines.stream().map(headline -> analysis.terms(headline).keySet()).toList();
        Map<String, Integer> counted = new HashMap<>();
        terms.forEach(set -> set.forEach(term -> counted.merge(term, 1, Integer::sum)));
        int fewest = Math.max(2, (headlines.size() + 2) / 3);
        Set<String> sharedTerms = new HashSet<>();
        counted.forEach((term, count) -> {
            if (count >= fewest) {
                sharedTerms.add(term);
            }
        });
        int anchor = 0;
        long mostShared = -1;
        for (int h = 0; h < terms.size(); h++) {
            long shared = terms.get(h).stream().filter(sharedTerms::contains).count();
            if (shared > mostShared) {
                mostShared = shared;
                anchor = h;
            }
        }
        if (mostShared < FEWEST_WORDS) {
            return headlines.get(0);
        }
        List<String> groups = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        Matcher word = WORD.matcher(headlines.get(anchor));
        while (word.find()) {
            Set<String> wordTerms = analysis.terms(word.group()).keySet();
            boolean shared = !wordTerms.isEmpty() && sharedTerms.containsAll(wordTerms);
            String bare = ABBREVIATION.matcher(word.group()).matches() ? word.group() : EDGE_PUNCTUATION.matcher(word.group()).replaceAll("");
            if (shared && !bare.isEmpty()) {
                group.append(group.isEmpty() ? "" : " ").append(bare);
            }
            // A word left out, or punctuation after a kept one ("demands:"), ends the group.
            if ((!shared || !word.group().endsWith(bare)) && !group.isEmpty()) {
                groups.add(group.toString());
                group.setLength(0);
            }
        }
        if (!group.isEmpty()) {
            groups.add(group.toString());
        }
        String title = String.join(BETWEEN_GROUPS, groups);
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    /** Each headline once, at its earliest, whatever its case or spacing. */
    private static List<String> distinct(List<String> headlines) {
        Map<String, String> byKey = new LinkedHashMap<>();
        headlines.forEach(headline -> byKey.putIfAbsent(WHITESPACE.matcher(headline.strip().toLowerCase(Locale.ROOT)).replaceAll(" "), headline));
        return List.copyOf(byKey.values());
    }
}
