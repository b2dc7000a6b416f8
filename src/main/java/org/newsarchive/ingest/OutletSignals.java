package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page says of the outlet that published it, in order of trust: its copyright line ("© 2022 The
 * Washington Times, LLC"), a source label ("(Source: TeleTrader)"), a reporter's sign-off ("… - Sputnik
 * International"), an agency's dateline ("MOSCOW, February 15. /TASS/.", "MOSCOW (Reuters) –"), which
 * marks wire copy that a republisher may carry.
 */
final class OutletSignals {

    /** A name the page gives its outlet, and the words that give it. */
    record Signal(String name, String evidence) {
    }

    static final String WIRE = "the wire dateline";
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}&.’'-]*(?: (?:of |de |the )?\\p{Lu}[\\p{L}\\p{N}&.’'-]*){0,4}";
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?m)^.{0,40}(?:©|\\(c\\)|Copyright)\\s*(?:©\\s*)?(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?\\s*)?[,.]?\\s*(?<name>"
                    + NAME + ")(?:,? (?:LLC|Inc|Ltd|Limited|GmbH|S\\.A)\\.?)?[.,]?(?:\\s+All rights reserved\\.?)?\\s*$");
    private static final Pattern SOURCE_LABEL = Pattern.compile("\\((?i:source|via|from):\\s*(?<name>" + NAME + ")\\)");
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "(?m)^\\s*(?:date \\S+\\s+)?\\p{Lu}[\\p{Lu}/ .-]+(?:,[^.\\n]{1,25}\\.)?\\s*(?:/(?<slashed>[\\p{L} -]{2,30})/|\\((?<bracketed>[\\p{L} ]{2,30})\\)\\s*[-–—])");

    private static final Pattern STAFF_BYLINE = Pattern.compile("(?m)^By (?<name>" + NAME + ") with \\p{Lu}");
    private static final Pattern SITE_AFTER_HEADLINE = Pattern.compile("^(?<headline>.{10,}?)\\s+[-–—|]\\s+(?<name>" + NAME + ")$");
    private static final int HEAD_LINES = 10;

    private OutletSignals() {
    }

    static List<Signal> in(String text, String signedBy) {
        List<Signal> signals = new ArrayList<>();
        first(COPYRIGHT, text).ifPresent(match -> signals.add(new Signal(match.group("name"),
                "the copyright line “" + match.group().strip() + "”")));
        first(SOURCE_LABEL, text).ifPresent(match -> signals.add(new Signal(match.group("name"),
                "the source label “" + match.group() + "”")));
        siteAfterHeadline(text).ifPresent(signals::add);
        first(STAFF_BYLINE, text).ifPresent(match -> signals.add(new Signal(match.group("name"),
                "the byline “" + match.group().strip() + "…”")));
        if (signedBy != null) {
            signals.add(new Signal(signedBy, "the reporter's sign-off naming " + signedBy));
        }
        first(AGENCY_DATELINE, text).ifPresent(match -> signals.add(new Signal(
                match.group("slashed") != null ? match.group("slashed").strip() : match.group("bracketed").strip(),
                WIRE + " “" + match.group().strip() + "”")));
        return signals;
    }

    /** "Headline – Metro US" over the same headline alone: what follows the dash is the site's name. */
    private static Optional<Signal> siteAfterHeadline(String text) {
        List<String> head = text.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(HEAD_LINES).toList();
        for (String line : head) {
            Matcher matcher = SITE_AFTER_HEADLINE.matcher(line);
            if (matcher.matches() && head.contains(matcher.group("headline"))) {
                return Optional.of(new Signal(matcher.group("name"), "the site's name after its headline “" + line + "”"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Matcher> first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher) : Optional.empty();
    }
}
