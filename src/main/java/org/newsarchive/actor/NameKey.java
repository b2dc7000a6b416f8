package org.newsarchive.actor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The spelling-independent form of a name word, so that the transliterations coverage uses for one name
 * (Sergey/Sergei/Serghei, Ryabkov/Riabkov, Antony/Anthony, Dmitri/Dmitry, Alexandr/Alexander/Aleksandr,
 * Kiev/Kyiv, Zelensky/Zelenskyy/Zelenskiy, Víktor/Viktor, Organisation/Organization) fold to one key. Keys are for comparing only:
 * a rule that folds two real names together costs a wrong tag, never a lost one.
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameKey() {
    }

    /** The key of one word: no accents or case, th/ph/gh/kh/ks simplified, y as i, ei/ie as i, no doubled letters. */
    public static String ofWord(String word) {
        // A word of ASCII letters has no accents to strip: most words of most texts, for which decomposing is the dearest step.
        String unaccented = isAscii(word) ? word : MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        String folded = unaccented.toLowerCase(Locale.ROOT)
                .replace("th", "t").replace("ph", "f").replace("gh", "g").replace("kh", "h").replace("ks", "x")
                .replace("isation", "ization").replace('y', 'i').replace("ei", "i").replace("ie", "i");
        return withoutDoubledLetters(withoutFinalEr(folded));
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** "-er" after a consonant as "-r" (Alexander, Aleksandr). */
    private static String withoutFinalEr(String word) {
        int length = word.length();
        return length >= 3 && word.endsWith("er") && "aeiou".indexOf(word.charAt(length - 3)) < 0
                ? word.substring(0, length - 2) + "r" : word;
    }

    /** A run of one letter as that letter once. */
    private static String withoutDoubledLetters(String word) {
        StringBuilder single = null;
        for (int i = 1; i < word.length(); i++) {
            char letter = word.charAt(i);
            if (letter == word.charAt(i - 1) && Character.isLetter(letter)) {
                if (single == null) {
                    single = new StringBuilder(word.length()).append(word, 0, i);
                }
            } else if (single != null) {
                single.append(letter);
            }
        }
        return single == null ? word : single.toString();
    }

    /** The key of a name of several words: each word's key, joined by single spaces, punctuation dropped. */
    public static String of(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : name.split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (!word.isEmpty()) {
                key.append(key.isEmpty() ? "" : " ").append(ofWord(word));
            }
        }
        return key.toString();
    }
}
