package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the reading text of a page, line by line: drops site furniture (sign-up and cookie banners,
 * share widgets, "Skip to content", related-link teasers, typo-report footers, tracking residue),
 * datelines, bylines, lines repeated further down (headlines, ledes) and lines plainly in another
 * language than the article; sets photo captions and credits apart.
 */
final class BoilerplateRemover {

    private static final Pattern FURNITURE = Pattern.compile("(?i)^(?:"
            + "registration was successful!?|fbpx|skip to (?:main )?content|advertisement|advert|"
            + "share(?: this)?(?: article| story)?(?: on \\w+)?:?|tweet|print|e-?mail|copy link|"
            + "(?:facebook|twitter|whatsapp|telegram|linkedin|x)(?: ?[|·•] ?(?:facebook|twitter|whatsapp|telegram|linkedin|x))*|"
            + "subscribe\\b.*|sign up\\b.*|newsletter\\b.{0,80}|log ?in|register|"
            + ".{0,120}\\bcookies?\\b.{0,200}|accept(?: all)?(?: cookies)?|"
            + "(?:read (?:more|also)|related(?: articles| stories| news)?|see also|more on this|you may also like)\\b.{0,200}|"
            + "if you have found a spelling error.*|spelling error report|the following text will be sent to our editors:?|"
            + "follow us on .{0,80}|.{0,80}all rights reserved.{0,80}|"
            + "listen to (?:this|the) (?:article|story).{0,40}|more (?:[\\p{L}-]+ ){0,3}(?:news|stories|articles|videos)|"
            + "[^\\p{L}\\p{N}]*|this audio (?:is|was) (?:created|generated|produced) .{0,60}|"
            + "envíanos tus noticias|si conoces o tienes alguna pista.*"
            + ")$");
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:©.*|\\([^()]{2,120}\\)|.{10,300}\\(\\p{Lu}[^()]{1,80}/\\s?\\p{Lu}[^()]{1,40}\\)|(?i:photo|foto)\\b.{0,60}|[A-Z][A-Za-z]*(?: [A-Z]+)?\\s*/.{0,80}?\\s-\\s+\\S.*)$");
    private static final Pattern SIGNED_REPORTER = Pattern.compile("^.{0,60}\\breporter (?<name>.+?) - (?<outlet>.+)$");
    private static final Pattern BY = Pattern.compile("^By (?<name>\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3})$");
    private static final Pattern DATE_OR_TIME = Pattern.compile("(?i)\\d{1,2}:\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|"
            + "\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(?:\\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?(?: \\d{1,2},?)? \\d{4}\\b");
    private static final Pattern DATELINE_WORDS = Pattern.compile("(?i)\\b(?:gmt|utc|updated|published|last|modified|on|at)\\b|[(),:|·-]");

    /** A trail of links to the sections above the page: "Main » News » 2022 » Headline". */
    private static final Pattern BREADCRUMB = Pattern.compile("^(?:[^»›«‹]{1,60} [»›] ){2,}[^»›«‹]+$");
    private static final int MAX_DATELINE_WORDS = 12;
    private static final int MIN_WORDS_OF_FOREIGN_LINE = 3;
    /** A longer credit carries its caption itself ("© AFP 2023 / S. WALSH Ned Price speaks …"). */
    private static final int MAX_BARE_CREDIT_WORDS = 8;

    /** A full stop left over after the sentence's own: "actions. ." */
    private static final Pattern STRAY_STOP = Pattern.compile("([.!?])\\s+\\.$");

    private BoilerplateRemover() {
    }

    static PageText clean(String text, Predicate<String> foreign, Set<String> siteFurniture) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (String line : lines) {
            if (!seen.add(line)) {
                repeated.add(line);
            }
        }
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        String byline = null;
        String signedBy = null;
        for (String line : lines) {
            if (!kept.add(line)) {
                continue;
            }
            Matcher reporter = SIGNED_REPORTER.matcher(line);
            Matcher by = BY.matcher(line);
            if (reporter.matches()) {
                byline = reporter.group("name");
                signedBy = reporter.group("outlet");
            } else if (by.matches()) {
                byline = by.group("name");
            } else if (line.equals(byline) || FURNITURE.matcher(line).matches() || siteFurniture.contains(line) || BREADCRUMB.matcher(line).matches()
                    || isDateline(line)) {
                continue;
            } else if (CREDIT.matcher(line).matches()) {
                // A credit follows the caption it belongs to, which reads as a line without a full stop.
                if (line.startsWith("©") && words(line) <= MAX_BARE_CREDIT_WORDS && !paragraphs.isEmpty() && !endsSentence(paragraphs.get(paragraphs.size() - 1))) {
                    captions.add(paragraphs.remove(paragraphs.size() - 1));
                }
                captions.add(line);
            } else if (!(judgedForLanguage(line) && foreign.test(line))) {
                paragraphs.add(STRAY_STOP.matcher(line).replaceFirst("$1"));
            }
        }
        return new PageText(paragraphs, captions, byline, signedBy, repeated);
    }

    /** A line long enough for its language to be told, and so dropped when that is another than the article's. */
    static boolean judgedForLanguage(String line) {
        return words(line) >= MIN_WORDS_OF_FOREIGN_LINE;
    }

    static boolean endsSentence(String line) {
        return line.matches("(?s).*[.!?…][\"”’»)]?\\s*$");
    }

    static int words(String line) {
        return line.split("\\s+").length;
    }

    /**
     * A line of dates, times and words like "Updated" only, or a short line that is not a sentence with a
     * full date or a time in it: "- The Washington Times - Wednesday, February 2, 2022", "by X January 26, 2022 11:58 PM".
     */
    private static boolean isDateline(String line) {
        if (!DATE_OR_TIME.matcher(line).find()) {
            return false;
        }
        if (words(line) <= MAX_DATELINE_WORDS && !endsSentence(line)) {
            return true;
        }
        String rest = DATELINE_WORDS.matcher(DATE_OR_TIME.matcher(line).replaceAll(" ")).replaceAll(" ");
        return rest.replaceAll("[\\s\\d]", "").isEmpty();
    }
}
