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

    private OutletSignals() {
    }

    static List<Signal> in(String text, String signedBy) {
        List<Signal> signals = new ArrayList<>();
        first(COPYRIGHT, text).ifPresent(match -> signals.add(new Signal(match.group("name"),
                "the copyright line “" + match.group().strip() + "”")));
        first(SOURCE_LABEL, text).ifPresent(match -> signals.add(new Signal(match.group("name"),
                "the source label “" + match.group() + "”")));
        if (signedBy != null) {
            signals.add(new Signal(signedBy, "the reporter's sign-off naming " + signedBy));
        }
        first(AGENCY_DATELINE, text).ifPresent(match -> signals.add(new Signal(
                match.group("slashed") != null ? match.group("slashed").strip() : match.group("bracketed").strip(),
                WIRE + " “" + match.group().strip() + "”")));
        return signals;
    }

    private static Optional<Matcher> first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher) : Optional.empty();
    }
}
