package org.newsarchive.support;

import java.util.Arrays;
import java.util.List;

/**
 * The JVM options the build gives the tests' own JVMs ({@code test.jvm.options} in the pom), for the archives
 * the tests start in processes of their own, which then run as the tests' JVMs do.
 */
public final class JvmOptions {

    private JvmOptions() {
    }

    public static List<String> ofTests() {
        String options = System.getProperty("news-archive.test.jvm-options", "").strip();
        return options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
    }
}
