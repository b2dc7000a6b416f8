package org.newsarchive.support;

/** The five seed captures, by the file names the articles keep as their source. */
public final class Seeds {

    public static final String PLAYCRAZYGAME = "000_9c0e0673cd2d66e7.txt";
    public static final String SPUTNIK = "001_3e1338e84fc86e8a.txt";
    public static final String UNIDENTIFIED = "002_73428c9fd92591ec.txt";
    public static final String PLEDGE_TIMES = "003_704011b801f09680.txt";
    public static final String ATALAYAR = "004_4efa51a7752c072d.txt";

    private Seeds() {
    }
}
