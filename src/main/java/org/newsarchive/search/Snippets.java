package org.newsarchive.search;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Snippets as a reader expects them: cut at word boundaries by the highlighter, and marked with an ellipsis
 * where they start or stop in the middle of a sentence. Snippets are HTML-escaped text with {@code <mark>} tags.
 */
final class Snippets {

    private static final String ELLIPSIS = "…";
    private static final Pattern LEADING = Pattern.compile("^[\\s,;:)\\]]+");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:(\\[–—-]+$");
    private static final Pattern MARK = Pattern.compile("</?mark>");
    /** A sentence may start with a capital, a digit or an opening quote (escaped as the highlighter escapes it). */
    private static final Pattern SENTENCE_START = Pattern.compile("^(?:\\p{Lu}|\\p{N}|[“‘«]|&quot;|&#39;|&#x27;)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?:[.!?…”’»]|&quot;|&#39;|&#x27;)$");

    private Snippets() {
    }

    static List<String> ellipsised(List<String> snippets) {
        return snippets == null ? List.of() : snippets.stream().map(Snippets::ellipsised).toList();
    }

    static String ellipsised(String snippet) {
        String text = TRAILING.matcher(LEADING.matcher(snippet).replaceFirst("")).replaceFirst("");
        if (text.isEmpty()) {
            return text;
        }
        String plain = MARK.matcher(text).replaceAll("");
        return (SENTENCE_START.matcher(plain).find() ? "" : ELLIPSIS + " ") + text
                + (SENTENCE_END.matcher(plain).find() ? "" : " " + ELLIPSIS);
    }
}
