package org.newsarchive.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The articles a reader asked to compare, as {@code articles=12,34} or repeated {@code articles}
 * parameters: two to four distinct ids, or the problems that keep them from being compared.
 */
record CompareSelection(List<Long> ids, List<String> problems) {

    /** How few and how many articles can be set side by side: a story's page and its article's compare link too. */
    static final int FEWEST = 2;
    static final int MOST = 4;

    static CompareSelection of(List<String> values) {
        List<String> problems = new ArrayList<>();
        Set<Long> ids = new LinkedHashSet<>();
        int given = 0;
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                given++;
                try {
                    if (!ids.add(Long.parseLong(part.strip()))) {
                        problems.add("Article " + part.strip() + " is named twice.");
                    }
                } catch (NumberFormatException e) {
                    problems.add("'" + abbreviated(part.strip()) + "' is not an article id.");
                }
            }
        }
        if (given < FEWEST) {
            problems.add("Choose at least two articles to compare.");
        } else if (given > MOST) {
            problems.add("At most four articles can be compared at once.");
        }
        return new CompareSelection(List.copyOf(ids), problems);
    }

    boolean isValid() {
        return problems.isEmpty();
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
