package org.newsarchive.ingest;

import java.util.List;

import org.newsarchive.actor.AliasDictionary;
import org.newsarchive.article.PublicationDate;

/**
 * Everything the pipeline read from one capture, ready to be stored: the clean text, when and how
 * it is dated, and the spans of the body where it names outlets and actors, reports demands and quotes.
 */
record ArticleDraft(Capture capture, String title, String titleEvidence, String body, List<String> captions, PublicationDate date,
        String byline, String signedBy, String language, List<AliasDictionary.Match> citations,
        List<AliasDictionary.Match> actors, List<DemandTagger.Tag> demands, List<FoundQuote> quotes,
        List<String> unknownNames) {
}
