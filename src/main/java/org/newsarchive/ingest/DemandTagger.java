package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.newsarchive.article.TextSpan;

/**
 * Finds the sentences that report one of Russia's demands of December 2021, by the wordings coverage
 * uses for each. The demands are fixed historical documents, so their wordings are kept here rather
 * than in the database.
 */
final class DemandTagger {

    record Tag(String demandSlug, TextSpan span) {
    }

    private static final Map<String, Pattern> WORDINGS = Map.of(
            "no-nato-enlargement", Pattern.compile("(?i)(?:not to expand NATO|(?:expan|enlarg)\\w* of (?:NATO|the (?:alliance|Alliance))"
                    + "|eastward expansion|(?:prohibit\\w*|ban|veto|union|accession|admitting|joining|join) .{0,40}Ukraine.{0,40}(?:NATO|Alliance)"
                    + "|Ukraine .{0,20}(?:joining|join|to) NATO|not (?:expand|enlarge) (?:further|the alliance))"),
            "nato-1997-rollback", Pattern.compile("(?i)\\b1997\\b"),
            "no-military-activity-east", Pattern.compile("(?i)(?:military activit\\w+|activity of the military alliance).{0,120}"
                    + "(?:Eastern Europe|Caucasus|Central Asia|Ukrain)"),
            "no-bases-in-former-soviet-states", Pattern.compile("(?i)(?:military bases|bilateral military cooperation).{0,120}"
                    + "(?:former Soviet|these countries)?|former Soviet Union.{0,60}not a member"),
            "no-intermediate-range-missiles", Pattern.compile("(?i)(?:short|medium|intermediate)[- ](?:or (?:medium|intermediate)[- ])?range missiles"
                    + "|stationing of (?:more )?offensive weapons"),
            "indivisible-security", Pattern.compile("(?i)indivisib\\w+"),
            "legally-binding-guarantees", Pattern.compile("(?i)(?:legally[- ]binding|in writing and have the force of law|force of law)"));

    private DemandTagger() {
    }

    static List<Tag> find(String body) {
        List<Tag> tags = new ArrayList<>();
        for (TextSpan sentence : Sentences.of(body)) {
            String text = sentence.in(body);
            WORDINGS.forEach((slug, wording) -> {
                if (wording.matcher(text).find()) {
                    tags.add(new Tag(slug, sentence));
                }
            });
        }
        return tags;
    }
}
