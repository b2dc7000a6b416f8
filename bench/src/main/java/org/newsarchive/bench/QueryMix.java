package org.newsarchive.bench;

final class QueryMix {
    static void run(String url, String user, java.nio.file.Path a, java.nio.file.Path b, String c, int d) {
    }
}
