package org.newsarchive.article;

import java.text.Normalizer;
import java.util.Locale;

/** The readable part of an article's address: its title, lower-cased, accents and punctuation dropped. */
public final class ArticleSlug {

    static final int MAX_LENGTH = 80;

    private ArticleSlug() {
    }

    public static String of(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
