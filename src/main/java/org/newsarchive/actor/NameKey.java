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
    private static final Pattern FINAL_ER = Pattern.compile("(?<=[^aeiou])er$");
    private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1+");

    private NameKey() {
    }

    /** The key of one word: no accents or case, th/ph/gh/kh/ks simplified, y as i, ei/ie as i, no doubled letters. */
    public static String ofWord(String word) {
        String folded = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("th", "t").replace("ph", "f").replace("gh", "g").replace("kh", "h").replace("ks", "x")
                .replace("isation", "ization").replace('y', 'i').replace("ei", "i").replace("ie", "i");
        return DOUBLED.matcher(FINAL_ER.matcher(folded).replaceAll("r")).replaceAll("$1");
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
