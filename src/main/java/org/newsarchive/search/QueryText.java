package org.newsarchive.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query as typed, made ready for Lucene's simple query syntax: control characters become spaces,
 * and the operators readers know from other search engines — {@code OR}, {@code AND}, {@code NOT}
 * in capitals — become that syntax's {@code |}, {@code +} and {@code -}. Quoted phrases are left alone.
 */
final class QueryText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d]]+");
    private static final Pattern OPERATOR_OR_PHRASE = Pattern.compile(
            "\"[^\"]*\"?|(?<=^|\\s)(?:OR|AND)(?=\\s)|(?<=^|\\s)NOT\\s+(?=\\S)");

    /** Simple query syntax a reader typed on purpose: phrases, groups, OR, suffixes, fuzziness, or a word required or excluded. */
    private static final Pattern OPERATOR = Pattern.compile("[\"|()*~]|(?<=^|\\s)[+-]");

    private static final Pattern TOKEN = Pattern.compile("-?\"[^\"]*\"?|\\S+");
    private static final Pattern OPERATOR_CHARACTERS = Pattern.compile("[\"|()*+]|~\\d*");

    private QueryText() {
    }

    static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        String text = CONTROL.matcher(Normalizer.normalize(typed, Normalizer.Form.NFC)).replaceAll(" ").strip();
        return OPERATOR_OR_PHRASE.matcher(text).replaceAll(match -> {
            String found = match.group();
            if (found.startsWith("\"")) {
                return Matcher.quoteReplacement(found);
            }
            return switch (found.strip()) {
                case "OR" -> "|";
                case "AND" -> "+";
                default -> "-";
            };
        });
    }

    /** Whether a cleaned query uses an operator, and so asks for exactly what it says. */
    static boolean hasOperators(String cleaned) {
        return OPERATOR.matcher(cleaned).find();
    }

    /**
     * A cleaned query loosened to any one of the words it looks for, operators and phrases dropped, while
     * what it excludes stays excluded; empty when it looks for no word.
     */
    static String anyOfItsWords(String cleaned) {
        List<String> sought = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        Matcher token = TOKEN.matcher(cleaned);
        while (token.find()) {
            String found = token.group();
            if (found.startsWith("-") && found.length() > 1) {
                excluded.add(found.startsWith("-\"") && !found.endsWith("\"") || found.equals("-\"") ? found + "\"" : found);
            } else {
                Arrays.stream(OPERATOR_CHARACTERS.matcher(found).replaceAll(" ").strip().split("\\s+"))
                        .filter(word -> !word.isEmpty()).forEach(sought::add);
            }
        }
        if (sought.isEmpty()) {
            return "";
        }
        excluded.add(0, "(" + String.join(" | ", sought) + ")");
        return String.join(" ", excluded);
    }
}
