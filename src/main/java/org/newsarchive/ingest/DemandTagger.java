package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.newsarchive.text.TextSpan;

/**
 * Finds the sentences that report one of Russia's demands of December 2021, by the wordings coverage
 * uses for each. The demands are fixed historical documents, so their wordings are kept here rather
 * than in the database.
 */
final class DemandTagger {

    record Tag(String demandSlug, TextSpan span) {
    }

    /** In lower case, for sentences put in lower case: a case-insensitive pattern folds the case of every character it tries. */
    private static final Map<String, Pattern> WORDINGS = Map.of(
            "no-nato-enlargement", Pattern.compile("(?:not to expand nato|(?:expan|enlarg)\\w* of (?:nato|the alliance)"
                    + "|eastward expansion|(?:prohibit\\w*|ban|veto|union|accession|admitting|joining|join) .{0,40}ukraine.{0,40}(?:nato|alliance)"
                    + "|ukraine .{0,20}(?:joining|join|to) nato|not (?:expand|enlarge) (?:further|the alliance))"),
            "nato-1997-rollback", Pattern.compile("\\b1997\\b"),
            "no-military-activity-east", Pattern.compile("(?:military activit\\w+|activity of the military alliance).{0,120}"
                    + "(?:eastern europe|caucasus|central asia|ukrain)"),
            "no-bases-in-former-soviet-states", Pattern.compile("(?:military bases|bilateral military cooperation).{0,120}"
                    + "(?:former soviet|these countries)?|former soviet union.{0,60}not a member"),
            "no-intermediate-range-missiles", Pattern.compile("(?:short|medium|intermediate)[- ](?:or (?:medium|intermediate)[- ])?range missiles"
                    + "|stationing of (?:more )?offensive weapons"),
            "indivisible-security", Pattern.compile("indivisib\\w+"),
            "legally-binding-guarantees", Pattern.compile("(?:legally[- ]binding|in writing and have the force of law|force of law)"));

    private DemandTagger() {
    }

    static List<Tag> find(String body) {
        List<Tag> tags = new ArrayList<>();
        for (TextSpan sentence : Sentences.of(body)) {
            String text = sentence.in(body).toLowerCase(Locale.ROOT);
            WORDINGS.forEach((slug, wording) -> {
                if (wording.matcher(text).find()) {
                    tags.add(new Tag(slug, sentence));
                }
            });
        }
        return tags;
    }
}
