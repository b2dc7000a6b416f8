package org.newsarchive.actor;

import java.util.ArrayList;
import java.util.List;

import org.newsarchive.text.TextSpan;

/**
 * A text's words (runs of letters and digits) with their places, as the alias dictionary compares them.
 * A middle initial ("Wendy R. Sherman") does not count as a word of a name.
 */
final class Words {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    /** Each word's {@link NameKey}, worked out at its first use: a dictionary looks a word up in several names. */
    private final String[] keys;

    private Words(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.keys = new String[starts.length];
    }

    static Words of(String text) {
        List<int[]> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (isWordChar(text.charAt(i))) {
                int start = i;
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    i++;
                }
                found.add(new int[] {start, i});
            } else {
                i++;
            }
        }
        return new Words(text, found.stream().mapToInt(span -> span[0]).toArray(), found.stream().mapToInt(span -> span[1]).toArray());
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    int count() {
        return starts.length;
    }

    String word(int i) {
        return text.substring(starts[i], ends[i]);
    }

    String separatorAfter(int i) {
        return text.substring(ends[i], starts[i + 1]);
    }

    String key(int from, int to) {
        if (to - from == 1) {
            return keyOf(from);
        }
        StringBuilder key = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (!isMiddleInitial(i, from, to)) {
                key.append(key.isEmpty() ? "" : " ").append(keyOf(i));
            }
        }
        return key.toString();
    }

    private String keyOf(int i) {
        if (keys[i] == null) {
            keys[i] = NameKey.ofWord(word(i));
        }
        return keys[i];
    }

    /** A capital letter and a full stop between two words of a name. */
    boolean isMiddleInitial(int i, int from, int to) {
        return i > from && i < to - 1 && ends[i] - starts[i] == 1 && Character.isUpperCase(text.charAt(starts[i]))
                && ends[i] < text.length() && text.charAt(ends[i]) == '.';
    }

    String text(int from, int to) {
        return text.substring(starts[from], ends[to - 1]);
    }

    /** Up to {@code length} characters of the text from {@code offset}. */
    String textFrom(int offset, int length) {
        return text.substring(offset, Math.min(text.length(), offset + length));
    }

    TextSpan span(int from, int to) {
        return new TextSpan(starts[from], ends[to - 1]);
    }

    /** The first word at or after {@code offset}, searching from word {@code from}. */
    int indexAfter(int offset, int from) {
        int i = from;
        while (i < starts.length && starts[i] < offset) {
            i++;
        }
        return i;
    }
}
