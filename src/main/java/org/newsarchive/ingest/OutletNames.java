package org.newsarchive.ingest;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which words of a page name the site it was published on: a name spells a host when its letters are
 * the host's ("Kyiv Independent" and kyivindependent.com, "Metro US" and metro.us, "The Washington
 * Times" and washingtontimes.com).
 */
final class OutletNames {

    /** Language and edition prefixes that name no outlet: en.news-front.info is News Front's. */
    private static final Set<String> EDITION_LABELS = Set.of("en", "eng", "english", "www", "m", "mobile", "amp", "edition");
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[Tt]he )?\\p{Lu}[\\p{L}\\p{N}’'&.-]*(?:[ /-]\\p{Lu}[\\p{L}\\p{N}’'&.-]*){0,4}");

    private OutletNames() {
    }

    static boolean spellsHost(String name, String host) {
        String letters = letters(name).replaceFirst("^the(?=.{3})", "");
        return letters.length() >= 2 && keys(host).contains(letters);
    }

    /** The first run of capitalised words in the text that spells the host, if any. */
    static Optional<String> foundIn(String text, String host) {
        Matcher candidates = NAME.matcher(text);
        while (candidates.find()) {
            String[] words = candidates.group().split("(?<=[ /-])");
            for (int from = 0; from < words.length; from++) {
                for (int to = words.length; to > from; to--) {
                    String name = String.join("", Arrays.copyOfRange(words, from, to)).replaceAll("[ /-]+$", "")
                            .replaceAll("[.’']+$", "");
                    if (spellsHost(name, host)) {
                        return Optional.of(name.replaceFirst("^[Tt]he ", ""));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The host's name without its top-level domain and edition labels, with and without the rest. */
    private static Set<String> keys(String host) {
        List<String> labels = Arrays.stream(host.toLowerCase(Locale.ROOT).split("\\.")).toList();
        List<String> named = labels.stream().filter(label -> !EDITION_LABELS.contains(label)).toList();
        if (named.isEmpty()) {
            return Set.of();
        }
        String withoutTld = String.join("", named.subList(0, Math.max(1, named.size() - 1)));
        return Set.of(letters(withoutTld), letters(String.join("", named)));
    }

    private static String letters(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
