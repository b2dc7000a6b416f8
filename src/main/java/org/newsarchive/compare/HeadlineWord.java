package org.newsarchive.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsarchive.search.TextAnalysis;

/**
 * A word of a compared headline, with the space after it, and whether it is the headline's own: no
 * other compared headline has it, as the index sees words (stemmed, name variants as one). Stop
 * words are never a headline's own.
 */
public record HeadlineWord(String word, String space, boolean own) {

    private static final Pattern WORD = Pattern.compile("(\\S+)(\\s*)");

    static List<List<HeadlineWord>> compared(List<String> headlines, TextAnalysis analysis) {
        List<Set<String>> terms = headlines.stream().map(headline -> analysis.terms(headline).keySet()).toList();
        List<List<HeadlineWord>> compared = new ArrayList<>();
        for (int h = 0; h < headlines.size(); h++) {
            Set<String> others = new HashSet<>();
            for (int o = 0; o < headlines.size(); o++) {
                if (o != h) {
                    others.addAll(terms.get(o));
                }
            }
            List<HeadlineWord> words = new ArrayList<>();
            Matcher word = WORD.matcher(headlines.get(h));
            while (word.find()) {
                Set<String> wordTerms = analysis.terms(word.group(1)).keySet();
                boolean own = !wordTerms.isEmpty() && wordTerms.stream().noneMatch(others::contains);
                words.add(new HeadlineWord(word.group(1), word.group(2), own));
            }
            compared.add(words);
        }
        return compared;
    }
}
