package org.newsarchive.text;

/** Names of the analyzers and the normalizer that the index defines, for the entities that map fields to them. */
public final class Analyzers {

    /** English prose: stemmed, case- and accent-insensitive, transliteration variants folded together. */
    public static final String ENGLISH = "english";

    /** Words as written: case- and accent-insensitive, neither stemmed nor stripped of stop words. */
    public static final String WORDS = "words";

    /**
     * The beginnings of words, one to twenty letters long, and each whole word: for completing words as
     * they are typed, which are analyzed with {@link #WORDS}.
     */
    public static final String WORD_PREFIXES = "word_prefixes";

    /** Whole-value sort keys: case- and accent-insensitive. */
    public static final String SORT = "sort";

    private Analyzers() {
    }
}
