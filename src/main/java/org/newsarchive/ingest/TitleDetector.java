package org.newsarchive.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headline: the title given with the import, else a headline line near the top of the page (one
 * the page repeats, or a short line that is not a sentence), else the words of the URL's last path
 * segment, else the start of the first sentence.
 */
final class TitleDetector {

    private static final int HEAD_LINES = 4;
    private static final int MAX_HEADLINE_WORDS = 25;
    private static final int MAX_FALLBACK_WORDS = 12;

    /** The headline, and the paragraphs without it. */
    record Titled(String title, List<String> paragraphs) {
    }

    private TitleDetector() {
    }

    static Titled detect(PageText page, ArticleMetadata metadata) {
        List<String> paragraphs = new ArrayList<>(page.paragraphs());
        if (metadata.title() != null && !metadata.title().isBlank()) {
            String title = metadata.title().strip();
            paragraphs.remove(title);
            return new Titled(title, paragraphs);
        }
        List<String> head = paragraphs.subList(0, Math.min(HEAD_LINES, paragraphs.size()));
        Optional<String> headline = head.stream().filter(line -> page.repeated().contains(line) && isHeadline(line))
                .findFirst()
                .or(() -> head.stream().filter(line -> isHeadline(line) && !line.contains(", ")).findFirst());
        if (headline.isPresent()) {
            paragraphs.remove(headline.get());
            return new Titled(headline.get(), paragraphs);
        }
        String body = String.join("\n", paragraphs);
        return new Titled(fromUrl(metadata.url()).map(words -> casedAsIn(body, words)).orElseGet(() -> firstWords(paragraphs)),
                paragraphs);
    }

    private static boolean isHeadline(String line) {
        int words = BoilerplateRemover.words(line);
        return words >= 3 && words <= MAX_HEADLINE_WORDS && !BoilerplateRemover.endsSentence(line);
    }

    private static Optional<String> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String path = URI.create(url.strip()).getPath();
            if (path == null) {
                return Optional.empty();
            }
            String[] segments = path.split("/");
            for (int i = segments.length - 1; i >= 0; i--) {
                String words = segments[i].replaceAll("\\.[a-z]+$", "").replaceAll("-\\d{5,}$", "").replace('-', ' ').strip();
                if (words.contains(" ") && words.matches("[\\p{L}\\d ]+")) {
                    return Optional.of(words.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * URL words in the case the text writes them: "nato" as "NATO", "russian" as "Russian"; a word the
     * text also writes in lower case stays so. The first word is capitalised.
     */
    static String casedAsIn(String body, String words) {
        StringBuilder title = new StringBuilder();
        for (String word : words.split(" ")) {
            Matcher forms = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(body);
            Map<String, Integer> counts = new HashMap<>();
            while (forms.find()) {
                counts.merge(forms.group(), 1, Integer::sum);
            }
            String cased = counts.containsKey(word) || counts.isEmpty() ? word
                    : Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
            title.append(title.isEmpty() ? Character.toUpperCase(cased.charAt(0)) + cased.substring(1) : " " + cased);
        }
        return title.toString();
    }

    private static String firstWords(List<String> paragraphs) {
        String first = paragraphs.isEmpty() ? "" : paragraphs.get(0).split("(?<=[.!?])\\s")[0];
        String[] words = first.split("\\s+");
        return words.length <= MAX_FALLBACK_WORDS ? first
                : String.join(" ", List.of(words).subList(0, MAX_FALLBACK_WORDS)) + " …";
    }
}
