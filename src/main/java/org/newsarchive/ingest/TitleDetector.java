package org.newsarchive.ingest;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The headline, as competing candidates: the title given with the import; else a headline-shaped line
 * near the top that the URL's words echo, or that the page repeats, or that opens the page; else the
 * opening sentence of the story, cut to a title's length. A site's name after the headline
 * ("… – Metro US") is dropped, and so are the lines a page puts above a headline found further down.
 */
final class TitleDetector {

    private static final int HEAD_LINES = 4;
    private static final int SEARCHED_LINES = 40;
    private static final int MAX_HEADLINE_WORDS = 25;
    private static final int MAX_TITLE_LENGTH = 100;
    private static final int MIN_SLUG_WORDS = 3;
    private static final double SLUG_ECHO = 0.6;
    /** Below the first sentence of the page, a line must echo the URL more closely to be taken for its headline. */
    private static final double SLUG_ECHO_BELOW_STORY_START = 0.8;
    /** A standfirst above a headline is a line or two; more is the site's furniture and teasers. */
    private static final int MAX_LINES_ABOVE_HEADLINE = 2;
    private static final int BROKEN_LINE_WORDS = 4;
    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}[.!?] +\\p{Lu}");
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[-–—|]\\s+(?<site>[^-–—|]{2,40})$");
    private static final Pattern LEADING_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}/ .-]+(?:,[^.]{1,25}\\.)?\\s*(?:/[\\p{Lu}\\p{L} -]{2,30}/\\.?|\\([\\p{L} ]{2,30}\\)\\s*[-–—])\\s+");

    /** The headline, how it was found, and the paragraphs without it. */
    record Titled(String title, String evidence, List<String> paragraphs) {
    }

    private TitleDetector() {
    }

    static Titled detect(PageText page, ArticleMetadata metadata) {
        List<String> paragraphs = joinBrokenHeadlines(page.paragraphs());
        Optional<String> host = OutletResolver.host(metadata.url());
        if (metadata.title() != null) {
            String title = withoutSiteName(metadata.title(), host);
            paragraphs.removeIf(line -> line.equals(title) || line.equals(metadata.title()));
            return new Titled(title, "Given with the import.", paragraphs);
        }
        Optional<Titled> headline = echoedByUrl(paragraphs, metadata.url())
                .or(() -> repeated(paragraphs, page))
                .or(() -> opening(paragraphs));
        if (headline.isPresent()) {
            return headline.map(found -> new Titled(withoutSiteName(found.title(), host), found.evidence(), found.paragraphs())).get();
        }
        return new Titled(openingSentence(paragraphs), "No headline on the page: its opening sentence.", paragraphs);
    }

    private static Optional<Titled> echoedByUrl(List<String> paragraphs, String url) {
        Set<String> slug = slugWords(url);
        if (slug.size() < MIN_SLUG_WORDS) {
            return Optional.empty();
        }
        int storyStart = storyStart(paragraphs);
        return IntStream.range(0, Math.min(SEARCHED_LINES, paragraphs.size()))
                .filter(i -> isHeadline(paragraphs.get(i))
                        && echo(slug, paragraphs.get(i)) >= (i < storyStart ? SLUG_ECHO : SLUG_ECHO_BELOW_STORY_START)).boxed()
                .max(Comparator.comparingDouble((Integer i) -> echo(slug, paragraphs.get(i))).thenComparing(i -> -i))
                .map(i -> take(paragraphs, i, "Headline line echoed by the words of the URL."));
    }

    private static Optional<Titled> repeated(List<String> paragraphs, PageText page) {
        return IntStream.range(0, Math.min(HEAD_LINES, paragraphs.size()))
                .filter(i -> page.repeated().contains(paragraphs.get(i)) && isHeadline(paragraphs.get(i))).boxed().findFirst()
                .map(i -> take(paragraphs, i, "Headline line the page repeats."));
    }

    /**
     * A short line that is not a sentence, above the story's first sentence; a line with a comma'd phrase
     * is more often a standfirst, so one without is preferred.
     */
    private static Optional<Titled> opening(List<String> paragraphs) {
        return IntStream.range(0, Math.min(HEAD_LINES, storyStart(paragraphs)))
                .filter(i -> isHeadline(paragraphs.get(i)) && (i == 0 || !paragraphs.get(i).contains(", "))).boxed()
                .min(Comparator.comparing((Integer i) -> paragraphs.get(i).contains(", ")).thenComparing(i -> i))
                .map(i -> take(paragraphs, i, "Headline-shaped line at the top of the page."));
    }

    /** Where the story's sentences begin: a headline stands above them. */
    private static int storyStart(List<String> paragraphs) {
        return IntStream.range(0, paragraphs.size()).filter(i -> BoilerplateRemover.endsSentence(paragraphs.get(i)))
                .findFirst().orElse(paragraphs.size());
    }

    private static Titled take(List<String> paragraphs, int at, String evidence) {
        String headline = paragraphs.get(at);
        List<String> rest = new ArrayList<>();
        if (at <= MAX_LINES_ABOVE_HEADLINE) {
            rest.addAll(paragraphs.subList(0, at));
        }
        rest.addAll(paragraphs.subList(at + 1, paragraphs.size()));
        rest.removeIf(headline::equals);
        return new Titled(headline, evidence, rest);
    }

    private static boolean isHeadline(String line) {
        int words = BoilerplateRemover.words(line);
        return words >= 3 && words <= MAX_HEADLINE_WORDS && !BoilerplateRemover.endsSentence(line)
                && !SENTENCE_INSIDE.matcher(line).find();
    }

    /** "Press conference" over "by NATO Secretary General …": a line opening in lower case goes on from a short one above. */
    private static List<String> joinBrokenHeadlines(List<String> paragraphs) {
        List<String> joined = new ArrayList<>(paragraphs);
        for (int i = 1; i < Math.min(HEAD_LINES, joined.size()); i++) {
            String above = joined.get(i - 1);
            if (Character.isLowerCase(joined.get(i).codePointAt(0)) && BoilerplateRemover.words(above) <= BROKEN_LINE_WORDS
                    && !BoilerplateRemover.endsSentence(above)) {
                joined.set(i - 1, above + " " + joined.remove(i));
            }
        }
        return joined;
    }

    /** The share of the URL's words that the line has. */
    private static double echo(Set<String> slug, String line) {
        Set<String> words = words(line);
        return slug.stream().filter(words::contains).count() / (double) slug.size();
    }

    /** The words of the URL path's most wordy segment: "russia-cites-1999-charter" gives russia, cites, 1999, charter. */
    static Set<String> slugWords(String url) {
        if (url == null) {
            return Set.of();
        }
        try {
            String path = URI.create(url.strip()).getPath();
            return path == null ? Set.of() : Arrays.stream(path.split("/"))
                    .map(segment -> segment.replaceAll("\\.[a-z]+$", "").replaceAll("-\\d{5,}$", ""))
                    .map(segment -> Arrays.stream(segment.split("[-_]+")).filter(word -> word.matches("\\p{L}{2,}|\\d{1,4}"))
                            .map(TitleDetector::folded).filter(word -> !STOP_WORDS.contains(word)).collect(Collectors.toSet()))
                    .max(Comparator.comparingInt(Set::size)).orElse(Set.of());
        } catch (IllegalArgumentException e) {
            return Set.of();
        }
    }

    private static Set<String> words(String line) {
        return Arrays.stream(folded(line).replaceAll("['’]s\\b", "").split("[^\\p{L}\\d]+")).filter(word -> !word.isEmpty())
                .collect(Collectors.toSet());
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("['’]", "")
                .toLowerCase(Locale.ROOT);
    }

    /** "Headline – Metro US" without the site's name, when the name spells the site's host. */
    private static String withoutSiteName(String title, Optional<String> host) {
        var suffix = SITE_SUFFIX.matcher(title);
        if (host.isPresent() && suffix.find() && OutletNames.spellsHost(suffix.group("site"), host.get())) {
            return title.substring(0, suffix.start());
        }
        return title;
    }

    /** The story's first sentence without a dateline, cut at a word boundary to a title's length. */
    private static String openingSentence(List<String> paragraphs) {
        String first = paragraphs.stream().filter(paragraph -> BoilerplateRemover.words(paragraph) >= HEAD_LINES)
                .findFirst().orElse(paragraphs.isEmpty() ? "" : paragraphs.get(0));
        String text = LEADING_DATELINE.matcher(first).replaceFirst("");
        String sentence = text.substring(0, Sentences.of(text).stream().findFirst().map(span -> span.end()).orElse(text.length()));
        if (sentence.length() <= MAX_TITLE_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_TITLE_LENGTH - 1);
        return sentence.substring(0, cut > 0 ? cut : MAX_TITLE_LENGTH - 1).replaceAll("[\\s,;:]+$", "") + "…";
    }
}
