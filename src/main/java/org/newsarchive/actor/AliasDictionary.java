package org.newsarchive.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.newsarchive.article.TextSpan;

/**
 * Finds the actors a text names, by their aliases: case-sensitively, on word boundaries, preferring
 * the longest alias at a position ("Sergei Lavrov" over "Lavrov"), and never inside an excluded span
 * (so "Washington" in a citation of "The Washington Post" is not the US government).
 */
public final class AliasDictionary {

    public record Match(long actorId, TextSpan span) {
    }

    private final Map<String, Long> actorIdByAlias;
    private final Pattern pattern;

    public AliasDictionary(Map<String, Long> actorIdByAlias) {
        this.actorIdByAlias = Map.copyOf(actorIdByAlias);
        // Regex alternation tries alternatives in order, so listing longer aliases first makes the
        // longest one win where several start at the same character.
        String alternatives = actorIdByAlias.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    public List<Match> findIn(String text, List<TextSpan> excluded) {
        List<Match> matches = new ArrayList<>();
        if (actorIdByAlias.isEmpty()) {
            return matches;
        }
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            TextSpan span = new TextSpan(matcher.start(), matcher.end());
            if (excluded.stream().noneMatch(other -> overlaps(span, other))) {
                matches.add(new Match(actorIdByAlias.get(matcher.group()), span));
            }
        }
        return matches;
    }

    private static boolean overlaps(TextSpan a, TextSpan b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
