package org.newsarchive.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsarchive.article.TextSpan;

/**
 * Names the dictionaries do not know: runs of two or more capitalised words that recur in one body
 * outside every known mention, for an editor to review as possible new actors or aliases.
 */
final class UnknownNames {

    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Ll}’'-]+(?: \\p{Lu}[\\p{Ll}’'-]+)+");
    private static final int RECURRING = 2;

    private UnknownNames() {
    }

    static List<String> find(String body, List<TextSpan> known) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher name = NAME.matcher(body);
        while (name.find()) {
            int start = name.start();
            int end = name.end();
            if (known.stream().noneMatch(span -> span.start() < end && start < span.end())) {
                counts.merge(name.group(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(entry -> entry.getValue() >= RECURRING).map(Map.Entry::getKey).toList();
    }
}
