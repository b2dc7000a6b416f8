package org.newsarchive.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query as typed, made ready for Lucene's simple query syntax: control characters become spaces,
 * and the operators readers know from other search engines — {@code OR}, {@code AND}, {@code NOT}
 * in capitals — become that syntax's {@code |}, {@code +} and {@code -}. Quoted phrases are left alone.
 * A boost such as {@code ^2}, which that syntax does not know, is dropped rather than searched for.
 * Field terms ({@code title:}, {@code outlet:}, {@code byline:}) are kept, for the search to take apart.
 */
final class QueryText {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d]]+");
    private static final Pattern BOOST = Pattern.compile("\\^[0-9.]*");
    private static final Pattern FIELD_TERM = Pattern.compile("(?<=^|\\s)(title|outlet|byline):(\"[^\"]*\"?|[^\\s\"]+)",
            Pattern.CASE_INSENSITIVE);
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
        String text = CONTROL.matcher(Normalizer.normalize(typed, Normalizer.Form.NFC)).replaceAll(" ");
        text = BOOST.matcher(text).replaceAll(" ").strip();
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

    /** A word or quoted phrase sought in one field only, such as {@code title:"security guarantees"}. */
    record FieldTerm(String field, String text) {
    }

    /** A cleaned query taken apart into its field terms and the rest, which is sought everywhere. */
    record Fielded(String rest, List<FieldTerm> terms) {
    }

    static Fielded fielded(String cleaned) {
        List<FieldTerm> terms = new ArrayList<>();
        Matcher term = FIELD_TERM.matcher(cleaned);
        while (term.find()) {
            String text = term.group(2).replace("\"", " ").strip();
            if (!text.isEmpty()) {
                terms.add(new FieldTerm(term.group(1).toLowerCase(Locale.ROOT), term.group(2).startsWith("\"") ? "\"" + text + "\"" : text));
            }
        }
        return new Fielded(FIELD_TERM.matcher(cleaned).replaceAll(" ").strip(), List.copyOf(terms));
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
