package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsarchive.actor.AliasDictionary;
import org.newsarchive.text.TextSpan;

/**
 * Finds quoted words and who said them. The speaker is the actor named in the attribution: after the
 * quote ("…," said X; "…," X told), else the first actor named before it in the sentence (X said that
 * "…"); "he added" and the like pass the previous quote's speaker on.
 */
final class QuoteExtractor {

    private static final Pattern QUOTED = Pattern.compile("“([^”]{1,3000})”|\"([^\"\\n]{1,3000})\"|«([^»]{1,3000})»");
    private static final Pattern SPEECH = Pattern.compile("\\b(?:said|says|say|told|tells|added|adds|stressed|noted|"
            + "warned|explained|wrote|writes|stated|states|insisted|declared|emphasi[sz]ed|argued|accused|pointed out|"
            + "according to|reported|recalled|claimed|asked|replied|continued)\\b");
    private static final Pattern PRONOUN = Pattern.compile("^\\W*(?:he|she|they)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_ATTRIBUTION = 300;
    private static final String UNATTRIBUTED = "unattributed";

    private QuoteExtractor() {
    }

    static List<FoundQuote> find(String body, List<AliasDictionary.Match> actors) {
        List<TextSpan> sentences = Sentences.of(body);
        List<FoundQuote> quotes = new ArrayList<>();
        Long previousSpeaker = null;
        Matcher quoted = QUOTED.matcher(body);
        while (quoted.find()) {
            int group = quoted.group(1) != null ? 1 : quoted.group(2) != null ? 2 : 3;
            TextSpan words = trim(body, quoted.start(group), quoted.end(group));
            if (words == null) {
                continue;
            }
            // Sentence breaks inside the quote do not count: the attribution is around the quote as a whole.
            TextSpan sentence = new TextSpan(Sentences.containing(sentences, quoted.start()).start(),
                    Math.max(quoted.end(), Sentences.containing(sentences, quoted.end() - 1).end()));
            String tail = body.substring(quoted.end(), sentence.end());
            String head = body.substring(sentence.start(), quoted.start());
            Long speaker;
            String attribution;
            if (SPEECH.matcher(tail).find()) {
                attribution = tidy(tail);
                speaker = firstActorIn(actors, quoted.end(), sentence.end());
                if (speaker == null && PRONOUN.matcher(tail).find()) {
                    speaker = previousSpeaker;
                }
            } else {
                attribution = tidy(head);
                // "X said that …", "X told CNN that Russia …": the subject, named first, is the speaker.
                speaker = firstActorIn(actors, sentence.start(), quoted.start());
            }
            quotes.add(new FoundQuote(words, speaker, attribution.isEmpty() ? UNATTRIBUTED : attribution));
            previousSpeaker = speaker;
        }
        return quotes;
    }

    /** The quoted words without surrounding blanks or the punctuation that closes the sentence around them. */
    private static TextSpan trim(String body, int start, int end) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(body.charAt(end - 1)) || ",.;:".indexOf(body.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > start ? new TextSpan(start, end) : null;
    }

    private static String tidy(String clause) {
        String tidied = clause.replaceAll("^[\\s,.;:—–-]+|[\\s,.;:—–-]+$", "").replaceAll("\\s+", " ");
        return tidied.length() <= MAX_ATTRIBUTION ? tidied : tidied.substring(0, MAX_ATTRIBUTION - 1) + "…";
    }

    private static Long firstActorIn(List<AliasDictionary.Match> actors, int from, int to) {
        return actors.stream().filter(match -> match.span().start() >= from && match.span().end() <= to)
                .map(AliasDictionary.Match::actorId).findFirst().orElse(null);
    }
}
