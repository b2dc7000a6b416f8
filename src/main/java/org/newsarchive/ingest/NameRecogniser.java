package org.newsarchive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;
import org.newsarchive.actor.NameKey;
import org.newsarchive.text.TextSpan;
import org.springframework.stereotype.Component;

/**
 * Finds the people, organisations and media a body names that no dictionary knows. OpenNLP's English
 * part-of-speech model marks proper nouns; the archive's rules decide what a run of capitalised words
 * is and how sure that is: a title before it ("Deputy Foreign Minister X", "spokesman X"), a role in
 * apposition ("X, the Russian deputy foreign minister"), speech ("X said", "according to X"), a head
 * word ("... Ministry", "... News Agency"), a source cue ("told X", "X reported"), or a surname that
 * recurs alone after the full name. The words behind the rules are in {@code names/*.txt}.
 */
@Component
class NameRecogniser {

    enum Kind { PERSON, ORGANISATION, MEDIUM }

    /** A name at a place in the body; names found with less than {@link #ENOUGH} confidence are not tagged. */
    record FoundName(String name, Kind kind, TextSpan span, String evidence, double confidence) {

        /** The key under which the spellings of one name are one actor: initials do not count. */
        String key() {
            return NameKey.of(name.replaceAll("(?<![\\p{L}])\\p{Lu}\\.(?=\\s)", ""));
        }
    }

    static final double ENOUGH = 0.7;

    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "in", "the", "de", "del", "la", "von", "van");
    private static final Pattern SPEECH_AFTER = Pattern.compile("^\\s*(?:,\\s*)?(?:has |had |have |also |then |later )?"
            + "(?:said|says|told|tells|added|adds|stated|stressed|noted|explained|declared|wrote|tweeted|warned|"
            + "insisted|argued|announced|confirmed|acknowledged|emphasi[sz]ed|underscored|predicted|indicated|"
            + "believes|thinks|replied|asked)\\b");
    private static final Pattern SPEECH_BEFORE = Pattern.compile("\\b(?:said|says|according to|told|by)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern APPOSITION = Pattern.compile("^\\s*,\\s*([^,;:()\\n]{1,80})");
    private static final int MAX_APPOSITION_WORDS = 7;
    private static final int TAGGING_CONTEXT = 3;
    private static final int MAX_WORDS_BEFORE_HEAD = 3;
    private static final Set<String> MEDIUM_TAILS = Set.of("Agency", "Network", "Service", "Channel", "Online");
    private static final Pattern AFTER_INITIAL = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\.$");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    /** A tagger keeps state while it tags; the model it reads is shared. */
    private final ThreadLocal<POSTaggerME> taggers;
    private final Set<String> titles = wordList("titles.txt", true);
    private final Set<String> qualifiers = wordList("title-qualifiers.txt", true);
    private final Set<String> organisationWords = wordList("organisation-words.txt", false);
    private final Set<String> mediaWords = wordList("media-words.txt", false);
    private final Set<String> notNames = wordList("not-names.txt", true);
    private final List<Pattern> cuesBefore = new ArrayList<>();
    private final List<Pattern> cuesAfter = new ArrayList<>();

    NameRecogniser() {
        try (InputStream in = NameRecogniser.class.getResourceAsStream(MODEL)) {
            POSModel model = new POSModel(in);
            taggers = ThreadLocal.withInitial(() -> new POSTaggerME(model));
        } catch (IOException e) {
            throw new UncheckedIOException("The part-of-speech model " + MODEL + " cannot be read", e);
        }
        for (String cue : lines("source-cues.txt")) {
            if (cue.startsWith("{name}")) {
                cuesAfter.add(Pattern.compile("^\\s*" + cue.substring("{name}".length()).strip() + "\\b", Pattern.CASE_INSENSITIVE));
            } else {
                cuesBefore.add(Pattern.compile("\\b" + cue.replace("{name}", "").strip() + "\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE));
            }
        }
    }

    List<FoundName> find(String body, List<TextSpan> known) {
        List<FoundName> found = new ArrayList<>();
        for (TextSpan sentence : sentences(body)) {
            List<Token> tokens = tokens(body, sentence, known);
            List<List<Token>> runs = runs(tokens);
            // Tagging is most of the recogniser's time: only names of two words or more need it, and the
            // tagger reads two words either side of each word, so a few words around each such name will do.
            if (runs.stream().anyMatch(run -> run.size() > 1)) {
                runs = runs(tagged(tokens, runs));
            }
            for (List<Token> run : runs) {
                FoundName name = classify(body, run);
                if (name != null) {
                    found.add(name);
                }
            }
        }
        found.addAll(surnamesAlone(body, known, found));
        return found.stream().filter(name -> name.confidence() >= ENOUGH).toList();
    }

    /** The body's sentences, but for breaks after an initial or an abbreviation ("Wendy R. Sherman", "U.S. envoy"). */
    private static List<TextSpan> sentences(String body) {
        List<TextSpan> sentences = new ArrayList<>();
        for (TextSpan sentence : Sentences.of(body)) {
            TextSpan previous = sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
            if (previous != null && AFTER_INITIAL.matcher(body.substring(previous.start(), previous.end())).find()
                    && body.substring(previous.end(), sentence.start()).indexOf('\n') < 0) {
                sentences.set(sentences.size() - 1, new TextSpan(previous.start(), sentence.end()));
            } else {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    private record Token(String text, String tag, int start, int end, boolean known) {

        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    private static List<Token> tokens(String body, TextSpan sentence, List<TextSpan> known) {
        String text = body.substring(sentence.start(), sentence.end());
        Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(text);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (Span span : spans) {
            int start = sentence.start() + span.getStart();
            int end = sentence.start() + span.getEnd();
            boolean isKnown = known.stream().anyMatch(other -> other.start() < end && start < other.end());
            tokens.add(new Token(body.substring(start, end), "", start, end, isKnown));
        }
        return tokens;
    }

    /** The tokens, those around names of two words or more tagged with their part of speech. */
    private List<Token> tagged(List<Token> tokens, List<List<Token>> runs) {
        String[] tags = new String[tokens.size()];
        int index = 0;
        for (List<Token> run : runs) {
            while (tokens.get(index).start() < run.get(0).start()) {
                index++;
            }
            int end = index;
            while (end < tokens.size() && tokens.get(end).end() <= run.get(run.size() - 1).end()) {
                end++;
            }
            if (run.size() > 1 && tags[index] == null) {
                int from = Math.max(0, index - TAGGING_CONTEXT);
                int to = Math.min(tokens.size(), end + TAGGING_CONTEXT);
                String[] window = taggers.get().tag(tokens.subList(from, to).stream().map(Token::text).toArray(String[]::new));
                for (int i = index; i < end; i++) {
                    tags[i] = window[i - from];
                }
            }
        }
        List<Token> tagged = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            tagged.add(new Token(token.text(), tags[i] == null ? "" : tags[i], token.start(), token.end(), token.known()));
        }
        return tagged;
    }

    /** Runs of capitalised words, joined by hyphens, initials' full stops and, after a word of a title or an organisation's name, "of" and the like. */
    private List<List<Token>> runs(List<Token> tokens) {
        List<List<Token>> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.known() || !token.capitalised() || !Character.isLetter(token.text().codePointAt(0))) {
                i++;
                continue;
            }
            List<Token> run = new ArrayList<>(List.of(token));
            int next = i + 1;
            while (next < tokens.size()) {
                Token candidate = tokens.get(next);
                Token last = run.get(run.size() - 1);
                boolean touching = candidate.start() == last.end();
                if (candidate.known()) {
                    break;
                } else if (candidate.capitalised() && Character.isLetter(candidate.text().codePointAt(0))
                        && !(touching && !last.text().equals("-"))) {
                    run.add(candidate);
                } else if (touching && (candidate.text().equals("-") || candidate.text().equals(".") && INITIAL.matcher(last.text()).matches())
                        && next + 1 < tokens.size() && !tokens.get(next + 1).known()) {
                    run.add(candidate);
                } else if (touching && last.text().equals("-") && Character.isLetter(candidate.text().codePointAt(0))) {
                    run.add(candidate);
                } else if (CONNECTORS.contains(candidate.text()) && joinsNames(last) && next + 1 < tokens.size()
                        && tokens.get(next + 1).capitalised() && !tokens.get(next + 1).known()) {
                    run.add(candidate);
                } else {
                    break;
                }
                next++;
            }
            runs.add(joinHyphenated(run));
            i = next;
        }
        return runs;
    }

    /** "Secretary-General", "Chairman-in-Office", "Co-operation" as one word, tagged as its last part. */
    private static List<Token> joinHyphenated(List<Token> run) {
        List<Token> joined = new ArrayList<>();
        for (Token token : run) {
            Token last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && token.start() == last.end() && (token.text().equals("-") || last.text().endsWith("-"))) {
                joined.set(joined.size() - 1, new Token(last.text() + token.text(), token.text().equals("-") ? last.tag() : token.tag(),
                        last.start(), token.end(), false));
            } else {
                joined.add(token);
            }
        }
        return joined;
    }

    /** "Secretary of State", "Ministry of Foreign Affairs of Hungary": connectors join only after such words. */
    private boolean joinsNames(Token last) {
        return isTitle(last) || organisationWords.contains(last.text());
    }

    private FoundName classify(String body, List<Token> run) {
        int mediumIndex = indexOf(run, token -> mediaWords.contains(token.text()));
        if (mediumIndex >= 0) {
            return medium(run, mediumIndex);
        }
        FoundName cited = citedMedium(body, run);
        if (cited != null) {
            return cited;
        }
        int organisationIndex = indexOf(run, token -> organisationWords.contains(token.text()));
        if (organisationIndex >= 0) {
            return organisation(run, organisationIndex);
        }
        return person(body, run);
    }

    /** A name that ends in a medium's word ("Sky News", "Ukrainian News Agency"), after words that are not all such. */
    private FoundName medium(List<Token> run, int head) {
        int end = head + 1;
        while (end < run.size() && MEDIUM_TAILS.contains(run.get(end).text())) {
            end++;
        }
        int start = 0;
        for (int i = 0; i < head; i++) {
            if (isTitle(run.get(i)) || CONNECTORS.contains(run.get(i).text())) {
                start = i + 1;
            }
        }
        while (start < head && notNames.contains(lower(run.get(start))) && !isDemonym(run.get(start))) {
            start++;
        }
        List<Token> name = run.subList(start, end);
        if (end != run.size() || start == head || name.stream().allMatch(token -> mediaWords.contains(token.text())
                || MEDIUM_TAILS.contains(token.text()))) {
            return null;
        }
        return new FoundName(text(name), Kind.MEDIUM, span(name), "medium's word «" + run.get(head).text() + "»", 0.8);
    }

    /** An acronym a source cue names ("told CNN", "TASS reported"). */
    private FoundName citedMedium(String body, List<Token> run) {
        if (run.size() != 1 || !ACRONYM.matcher(run.get(0).text()).matches()) {
            return null;
        }
        String before = body.substring(Math.max(0, run.get(0).start() - 60), run.get(0).start());
        String after = body.substring(run.get(0).end(), Math.min(body.length(), run.get(0).end() + 40));
        boolean cued = cuesBefore.stream().anyMatch(cue -> cue.matcher(before).find())
                || cuesAfter.stream().anyMatch(cue -> cue.matcher(after).find());
        return cued ? new FoundName(run.get(0).text(), Kind.MEDIUM, span(run), "named as a source: «"
                + (before.strip() + " " + run.get(0).text() + after).replaceAll("\\s+", " ").strip() + "»", 0.8) : null;
    }

    /**
     * A name around an organisation's word: the words before it that are not a person's title (at most
     * {@value #MAX_WORDS_BEFORE_HEAD}), and "of ..." after it ("Ministry of Foreign Affairs"). Words of
     * titles alone before it ("the Foreign Ministry") name no organisation in particular.
     */
    private FoundName organisation(List<Token> run, int head) {
        int start = 0;
        for (int i = 0; i < head; i++) {
            if (isPersonTitle(run.get(i)) || CONNECTORS.contains(run.get(i).text())) {
                start = i + 1;
            }
        }
        start = Math.max(start, head - MAX_WORDS_BEFORE_HEAD);
        while (start < head && notNames.contains(lower(run.get(start))) && !isDemonym(run.get(start))) {
            start++;
        }
        int end = head + 1;
        while (end + 1 < run.size() && CONNECTORS.contains(run.get(end).text()) && !isPersonTitle(run.get(end + 1))) {
            end += 2;
            while (end < run.size() && !CONNECTORS.contains(run.get(end).text()) && !isPersonTitle(run.get(end))) {
                end++;
            }
        }
        List<Token> name = run.subList(start, Math.min(end, run.size()));
        if (name.stream().allMatch(token -> organisationWords.contains(token.text()) || isTitle(token)
                || CONNECTORS.contains(lower(token)))) {
            return null;
        }
        return new FoundName(text(name), Kind.ORGANISATION, span(name), "organisation's word «" + run.get(head).text() + "»", 0.8);
    }

    private FoundName person(String body, List<Token> run) {
        int start = 0;
        String title = null;
        for (int i = 0; i < run.size(); i++) {
            if (isTitle(run.get(i)) || CONNECTORS.contains(run.get(i).text())) {
                start = i + 1;
                if (isPersonTitle(run.get(i))) {
                    title = text(run.subList(0, i + 1));
                }
            }
        }
        while (start < run.size() && (notNames.contains(lower(run.get(start))) || run.get(start).text().equals("-"))) {
            start++;
        }
        List<Token> name = properNounsFrom(run.subList(start, run.size()));
        if (name.isEmpty() || name.stream().anyMatch(token -> notNames.contains(lower(token)))) {
            return null;
        }
        if (words(name) > 3) {
            name = name.subList(name.size() - (INITIAL.matcher(name.get(name.size() - 2).text()).matches() ? 3 : 2), name.size());
        }
        if (name.size() == 1 && ACRONYM.matcher(name.get(0).text()).matches()) {
            return null;
        }
        boolean properNouns = name.stream().allMatch(token -> token.tag().equals("PROPN") || token.text().equals(".")
                || token.text().equals("-") || INITIAL.matcher(token.text()).matches());
        String before = body.substring(Math.max(0, run.get(0).start() - 40), run.get(0).start());
        String after = body.substring(run.get(run.size() - 1).end(), Math.min(body.length(), run.get(run.size() - 1).end() + 120));
        String evidence;
        double confidence;
        String titleBefore = title == null ? titleBefore(before) : null;
        String apposition = apposition(after);
        if (title != null || titleBefore != null) {
            evidence = "title «" + (title != null ? title : titleBefore).replaceFirst("^(?i)(?:but|and|as|the|then|when|while) ", "") + "»";
            confidence = 0.9;
        } else if (apposition != null) {
            evidence = "role in apposition «" + apposition + "»";
            confidence = 0.85;
        } else if (SPEECH_AFTER.matcher(after).find() || SPEECH_BEFORE.matcher(before).find()) {
            evidence = "speech «" + (SPEECH_AFTER.matcher(after).find() ? text(name) + " " + after.strip().split("\\s+")[0]
                    : before.strip().replaceAll(".*\\b(said|says|according to|told|by)$", "$1") + " " + text(name)) + "»";
            confidence = properNouns ? 0.75 : 0.6;
        } else {
            evidence = "proper nouns";
            confidence = 0.5;
        }
        if (!properNouns && title == null && titleBefore == null) {
            confidence -= 0.2;
        }
        if (words(name) < 2) {
            // A single word is tagged only as the surname of a full name found in the same body.
            confidence = Math.min(confidence, 0.6);
        }
        return new FoundName(text(name), Kind.PERSON, span(name), evidence, confidence);
    }

    /** A title in lower case just before a name: "spokesman Ned Price", "press secretary Jen Psaki". */
    private String titleBefore(String before) {
        String[] words = before.strip().split("\\s+");
        if (words.length == 0) {
            return null;
        }
        String last = words[words.length - 1];
        if (titles.contains(last.toLowerCase(Locale.ROOT))) {
            return words.length > 1 && qualifiers.contains(words[words.length - 2].toLowerCase(Locale.ROOT))
                    ? words[words.length - 2] + " " + last : last;
        }
        return null;
    }

    /** ", the Russian deputy foreign minister", ", Prime Minister of Hungary": a title among the words after a comma. */
    private String apposition(String after) {
        var matcher = APPOSITION.matcher(after);
        if (!matcher.find()) {
            return null;
        }
        String phrase = matcher.group(1).strip();
        String[] words = phrase.split("[\\s.]+");
        for (int i = 0; i < Math.min(words.length, MAX_APPOSITION_WORDS); i++) {
            if (titles.contains(words[i].toLowerCase(Locale.ROOT))) {
                return phrase;
            }
        }
        return null;
    }

    /** The name's words from the first on while they are proper nouns or initials, but at least two. */
    private static List<Token> properNounsFrom(List<Token> name) {
        int end = 0;
        while (end < name.size() && (end < 2 || name.get(end).tag().equals("PROPN") || INITIAL.matcher(name.get(end).text()).matches()
                || name.get(end).text().equals("."))) {
            end++;
        }
        return name.subList(0, end);
    }

    /** Single words that are the surname of a person found in full in the same body. */
    private List<FoundName> surnamesAlone(String body, List<TextSpan> known, List<FoundName> found) {
        List<FoundName> people = found.stream().filter(name -> name.kind() == Kind.PERSON && name.confidence() >= ENOUGH
                && name.name().contains(" ")).toList();
        List<FoundName> surnames = new ArrayList<>();
        Set<TextSpan> taken = found.stream().filter(name -> name.confidence() >= ENOUGH).map(FoundName::span).collect(Collectors.toCollection(HashSet::new));
        for (FoundName person : people) {
            String surname = person.name().substring(person.name().lastIndexOf(' ') + 1);
            if (surname.length() < 3) {
                continue;
            }
            var matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surname) + "(?![\\p{L}\\p{N}])").matcher(body);
            while (matcher.find()) {
                TextSpan span = new TextSpan(matcher.start(), matcher.end());
                if (taken.stream().noneMatch(other -> overlaps(span, other)) && known.stream().noneMatch(other -> overlaps(span, other))) {
                    surnames.add(new FoundName(person.name(), Kind.PERSON, span, "surname of «" + person.name() + "» named in full",
                            person.confidence()));
                    taken.add(span);
                }
            }
        }
        return surnames;
    }

    private boolean isTitle(Token token) {
        return isPersonTitle(token) || qualifiers.contains(lower(token).replace("'s", "").replace("’s", ""));
    }

    private boolean isPersonTitle(Token token) {
        for (String part : lower(token).split("-")) {
            if (titles.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDemonym(Token token) {
        return token.tag().equals("ADJ") || token.tag().equals("PROPN");
    }

    private static int indexOf(List<Token> run, Predicate<Token> test) {
        for (int i = 0; i < run.size(); i++) {
            if (test.test(run.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int words(List<Token> name) {
        return (int) name.stream().filter(token -> Character.isLetter(token.text().codePointAt(0))).count();
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }

    private static String text(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && tokens.get(i).start() > tokens.get(i - 1).end()) {
                text.append(' ');
            }
            text.append(tokens.get(i).text());
        }
        return text.toString();
    }

    private static TextSpan span(List<Token> tokens) {
        return new TextSpan(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    }

    private static boolean overlaps(TextSpan a, TextSpan b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static Set<String> wordList(String file, boolean folded) {
        return lines(file).stream().map(line -> folded ? line.toLowerCase(Locale.ROOT) : line).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> lines(String file) {
        try (InputStream in = NameRecogniser.class.getResourceAsStream("/names/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
