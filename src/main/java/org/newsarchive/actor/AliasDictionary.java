package org.newsarchive.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

import org.newsarchive.text.TextSpan;

/**
 * Finds the actors a text names, by their aliases: on word boundaries, preferring the longest alias at a
 * position ("Sergei Lavrov" over "Lavrov"), and never inside an excluded span (so "Washington" in a
 * citation of "The Washington Post" is not the US government). Words are compared by their
 * {@link NameKey}, so a spelling variant of an alias ("Sergey Lavrov", "Anthony Blinken") is found too;
 * case still counts where it tells words apart ("the alliance" is not "the Alliance", "us" not "US").
 */
public final class AliasDictionary {

    public record Match(long actorId, TextSpan span) {
    }

    private record Alias(String spelling, long actorId) {
    }

    /** Separators longer than this between two words never join them into one name. */
    private static final int MAX_SEPARATOR = 3;
    /** Middle initials a name may carry beyond its alias's words ("George H. W. Bush"). */
    private static final int MAX_INITIALS = 2;

    /** The keys of an alias's words, one node a word: from a word of a text, only the names that go on as the text does are walked. */
    private static final class KeyTree {

        private final Map<String, KeyTree> next = new HashMap<>();
        private List<Alias> aliases = List.of();

        private KeyTree child(String wordKey) {
            return next.computeIfAbsent(wordKey, k -> new KeyTree());
        }
    }

    private final Map<String, List<Alias>> aliasesByKey = new HashMap<>();
    /** The keys of names of two or more words by the key of all their words but the last, for {@link #closeTo}. */
    private final Map<String, List<String>> keysByLeadingWords = new HashMap<>();
    private final KeyTree keyTree = new KeyTree();
    private int maxWords;

    public AliasDictionary(Map<String, Long> actorIdByAlias) {
        actorIdByAlias.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> add(entry.getKey(), entry.getValue()));
    }

    /** Adds an actor's alias, such as a name an import has just found, for the texts looked at after. */
    public void add(String alias, long actorId) {
        Words words = Words.of(alias);
        if (words.count() == 0) {
            return;
        }
        String key = words.key(0, words.count());
        List<Alias> aliases = aliasesByKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (aliases.isEmpty()) {
            int lastSpace = key.lastIndexOf(' ');
            if (lastSpace > 0) {
                keysByLeadingWords.computeIfAbsent(key.substring(0, lastSpace), k -> new ArrayList<>()).add(key);
            }
        }
        aliases.add(new Alias(alias, actorId));
        KeyTree node = keyTree;
        for (int i = 0; i < words.count(); i++) {
            if (!words.isMiddleInitial(i, 0, words.count())) {
                node = node.child(words.key(i, i + 1));
            }
        }
        // A removed key's list is left empty there, and a key added again has a new one.
        node.aliases = aliases;
        maxWords = Math.max(maxWords, words.count());
    }

    public boolean contains(String alias) {
        Words words = Words.of(alias);
        return words.count() > 0 && aliasesByKey.getOrDefault(words.key(0, words.count()), List.of()).stream()
                .anyMatch(known -> known.spelling().equals(alias));
    }

    /** Forgets an alias, however many actors it named. */
    public void remove(String alias) {
        Words words = Words.of(alias);
        if (words.count() == 0) {
            return;
        }
        String key = words.key(0, words.count());
        List<Alias> aliases = aliasesByKey.get(key);
        if (aliases != null && aliases.removeIf(known -> known.spelling().equals(alias)) && aliases.isEmpty()) {
            aliasesByKey.remove(key);
            int lastSpace = key.lastIndexOf(' ');
            if (lastSpace > 0) {
                keysByLeadingWords.getOrDefault(key.substring(0, lastSpace), new ArrayList<>()).remove(key);
            }
        }
    }

    public List<Match> findIn(String text, List<TextSpan> excluded) {
        List<Match> matches = new ArrayList<>();
        if (aliasesByKey.isEmpty()) {
            return matches;
        }
        Words words = Words.of(text);
        int first = 0;
        while (first < words.count()) {
            Match match = longestAt(words, first);
            if (match == null) {
                first++;
                continue;
            }
            if (excluded.stream().noneMatch(other -> overlaps(match.span(), other))) {
                matches.add(match);
            }
            first = words.indexAfter(match.span().end(), first);
        }
        return matches;
    }

    private Match longestAt(Words words, int first) {
        List<Integer> lasts = new ArrayList<>();
        List<KeyTree> named = new ArrayList<>();
        // The node of the words so far with their middle initials left out: an initial is a name's last word only.
        KeyTree walked = keyTree;
        for (int last = first; walked != null; last++) {
            KeyTree node = walked.next.get(words.key(last, last + 1));
            if (node != null && !node.aliases.isEmpty()) {
                lasts.add(last);
                named.add(node);
            }
            if (last + 1 >= words.count() || last + 1 - first >= maxWords + MAX_INITIALS || words.separatorAfter(last).length() > MAX_SEPARATOR
                    || words.separatorAfter(last).indexOf('\n') >= 0) {
                break;
            }
            walked = words.isMiddleInitial(last, first, last + 2) ? walked : node;
        }
        for (int i = lasts.size() - 1; i >= 0; i--) {
            int last = lasts.get(i);
            String written = words.text(first, last + 1);
            for (Alias alias : named.get(i).aliases) {
                if (sameShape(alias.spelling(), written)) {
                    return new Match(alias.actorId(), withClosingStops(words.span(first, last + 1), alias.spelling(), words));
                }
            }
        }
        return null;
    }

    /** "U.S." ends with a full stop that is no word but is part of the alias, and of the span when the text has it too. */
    private static TextSpan withClosingStops(TextSpan span, String alias, Words words) {
        int stops = alias.length() - alias.replaceFirst("\\.+$", "").length();
        return stops > 0 && words.textFrom(span.end(), stops).equals(".".repeat(stops)) ? new TextSpan(span.start(), span.end() + stops) : span;
    }

    /** Same separators, and each word capitalised, in capitals or in lower case as the alias writes it; middle initials aside. */
    private static boolean sameShape(String alias, String written) {
        Words aliasWords = Words.of(alias);
        Words writtenWords = Words.of(written);
        List<Integer> writtenKept = new ArrayList<>();
        for (int i = 0; i < writtenWords.count(); i++) {
            if (!writtenWords.isMiddleInitial(i, 0, writtenWords.count())) {
                writtenKept.add(i);
            }
        }
        if (aliasWords.count() != writtenKept.size()) {
            return false;
        }
        boolean initialsSkipped = writtenKept.size() != writtenWords.count();
        for (int i = 0; i < aliasWords.count(); i++) {
            if (shape(aliasWords.word(i)) != shape(writtenWords.word(writtenKept.get(i)))) {
                return false;
            }
            if (i > 0 && !initialsSkipped && !aliasWords.separatorAfter(i - 1).replace('’', '\'')
                    .equals(writtenWords.separatorAfter(i - 1).replace('’', '\''))) {
                return false;
            }
        }
        return true;
    }

    private enum Shape { LOWER, CAPITALISED, CAPITALS }

    private static Shape shape(String word) {
        if (!Character.isUpperCase(word.codePointAt(0))) {
            return Shape.LOWER;
        }
        return word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                ? Shape.CAPITALS : Shape.CAPITALISED;
    }

    /**
     * The actor one of whose names of two or more words is written the same but for one letter of the
     * last word ("Sergey Ryabikov" for "Sergey Ryabkov"): a typo, not another person.
     */
    public Optional<Long> closeTo(String name) {
        Words words = Words.of(name);
        if (words.count() < 2 || words.word(words.count() - 1).length() < 5) {
            return Optional.empty();
        }
        String first = words.key(0, words.count() - 1);
        String last = NameKey.ofWord(words.word(words.count() - 1));
        return keysByLeadingWords.getOrDefault(first, List.of()).stream()
                .filter(key -> LevenshteinDistance.getDefaultInstance().apply(key.substring(first.length() + 1), last) == 1)
                .map(key -> aliasesByKey.get(key).get(0).actorId()).findFirst();
    }

    private static boolean overlaps(TextSpan a, TextSpan b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
