package org.newsarchive.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.newsarchive.article.ArticleDetail;
import org.newsarchive.article.ArticleDetail.QuoteInArticle;

/**
 * The quotations that two or more of the compared articles carry: the same quoted words, whatever
 * their quotation marks, punctuation and case, one quote contained in the other (one outlet quotes a
 * phrase, another the whole sentence), or long quotes that differ by a few words. What they have in
 * common must be a phrase, not a word: at least {@link #MIN_SHARED_WORDS} words, {@link
 * #MIN_CONTENT_WORDS} of them not stop words. One outlet calling demands "unacceptable" does not
 * quote the official whose sentence, in another, has the word.
 */
final class SharedQuotes {

    /** Long quotes this similar (1 = identical) count as one, told with small changes. */
    static final double SAME_WORDING = 0.8;
    static final int MIN_WORDS_FOR_WORDING = 4;
    /** A hyphenated word counts as its parts: "open-door policy" is three words. */
    static final int MIN_SHARED_WORDS = 3;
    static final int MIN_CONTENT_WORDS = 2;

    private static final Pattern DASHES = Pattern.compile("[\\-\\u2010-\\u2015]");
    private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u02bc`]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}' ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Where one shared quote occurs: its offsets in the article's body and its number among the article's quotes. */
    @Schema(name = "SharedQuoteOccurrence")
    record Occurrence(long articleId, int start, int end, int quoteNumber) {
    }

    record SharedQuote(String text, List<Occurrence> occurrences) {
    }

    private record Candidate(int article, int quoteNumber, QuoteInArticle quote, List<String> words) {
    }

    private SharedQuotes() {
    }

    static List<SharedQuote> in(List<ArticleDetail> articles) {
        List<Candidate> candidates = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            List<QuoteInArticle> quotes = articles.get(a).quotes();
            for (int q = 0; q < quotes.size(); q++) {
                List<String> words = words(quotes.get(q).text());
                if (!words.isEmpty()) {
                    candidates.add(new Candidate(a, q + 1, quotes.get(q), words));
                }
            }
        }
        int[] group = new int[candidates.size()];
        Arrays.setAll(group, i -> i);
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                Candidate one = candidates.get(i);
                Candidate other = candidates.get(j);
                if (one.article() != other.article() && same(one.words(), other.words())) {
                    group[root(group, j)] = root(group, i);
                }
            }
        }
        Map<Integer, List<Candidate>> groups = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            groups.computeIfAbsent(root(group, i), key -> new ArrayList<>()).add(candidates.get(i));
        }
        return groups.values().stream()
                .filter(members -> members.stream().map(Candidate::article).distinct().count() > 1)
                .map(members -> new SharedQuote(
                        members.stream().map(member -> member.quote().text()).min(Comparator.comparingInt(String::length)).orElseThrow(),
                        members.stream().map(member -> new Occurrence(articles.get(member.article()).id(),
                                member.quote().start(), member.quote().end(), member.quoteNumber())).toList()))
                .toList();
    }

    static List<String> words(String quote) {
        String text = Normalizer.normalize(quote, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = APOSTROPHES.matcher(text).replaceAll("'");
        text = DASHES.matcher(text).replaceAll(" ");
        text = NOT_WORD.matcher(text).replaceAll(" ");
        String stripped = SPACES.matcher(text).replaceAll(" ").strip();
        return stripped.isEmpty() ? List.of() : List.of(stripped.split(" "));
    }

    static boolean same(List<String> one, List<String> other) {
        List<String> shorter = one.size() <= other.size() ? one : other;
        List<String> longer = shorter == one ? other : one;
        if (!isPhrase(shorter)) {
            return false;
        }
        if (Collections.indexOfSubList(longer, shorter) >= 0) {
            return true;
        }
        if (shorter.size() < MIN_WORDS_FOR_WORDING) {
            return false;
        }
        String a = String.join(" ", one);
        String b = String.join(" ", other);
        int distance = LevenshteinDistance.getDefaultInstance().apply(a, b);
        return 1.0 - (double) distance / Math.max(a.length(), b.length()) >= SAME_WORDING;
    }

    /** Long and distinctive enough to be a quotation two outlets share rather than a word they both use. */
    static boolean isPhrase(List<String> words) {
        return words.size() >= MIN_SHARED_WORDS
                && words.stream().filter(word -> !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)).count() >= MIN_CONTENT_WORDS;
    }

    private static int root(int[] group, int i) {
        while (group[i] != i) {
            group[i] = group[group[i]];
            i = group[i];
        }
        return i;
    }
}
