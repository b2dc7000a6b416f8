package org.newsarchive.ingest;

import java.text.Normalizer;

/**
 * Composed Unicode (NFC), one kind of line break, ordinary spaces for no-break ones, no zero-width
 * characters or trailing blanks. Compatibility forms (NFKC) are left alone: they would change
 * typographic quotes and ligatures that the quotes and the raw text share.
 */
final class TextNormaliser {

    private TextNormaliser() {
    }

    static String normalise(String text) {
        String normalised = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normalised = normalised.replace("\r\n", "\n").replace('\r', '\n');
        normalised = Normalizer.normalize(normalised, Normalizer.Form.NFC);
        normalised = normalised.replaceAll("[\\u00A0\\u2007\\u202F]", " ")
                .replaceAll("[\\u200B-\\u200D\\u2060\\uFEFF]", "")
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "")
                .replaceAll("[ \\t]+\\n", "\n");
        return normalised.strip();
    }
}
