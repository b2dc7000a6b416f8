package org.newsarchive.ingest;

import java.time.LocalDate;
import java.util.List;

import org.newsarchive.article.DateBasis;
import org.newsarchive.text.TextSpan;
import org.newsarchive.demand.Stance;

/**
 * The curated reading of one seed capture, as {@code db/seed/articles.json} gives it: provenance,
 * the clean paragraphs and captions (each cut from the raw text), and what the article contains.
 * Passages are located by their exact words and by which occurrence of them in the clean body is meant.
 */
record SeedArticle(String file, String outlet, String url, String title, LocalDate publishedOn,
        DateBasis dateBasis, String dateEvidence, String byline, String language, List<String> body,
        List<String> captions, List<QuoteEntry> quotes, List<CitationEntry> citations,
        List<DemandMentionEntry> demandMentions, List<ResponseEntry> responses) {

    interface Located {
        String text();

        int occurrence();
    }

    record QuoteEntry(String text, int occurrence, String speaker, String attribution) implements Located {
    }

    record CitationEntry(String outlet, String text, int occurrence) implements Located {
    }

    record DemandMentionEntry(String demand, String text, int occurrence) implements Located {
    }

    record ResponseEntry(String demand, String responder, Stance stance, String text, int occurrence)
            implements Located {
    }

    String joinedBody() {
        return String.join("\n\n", body);
    }

    /** The span of the entry's words in the clean body; refuses an entry that is not there. */
    TextSpan locate(Located entry) {
        String joined = joinedBody();
        int at = -1;
        for (int seen = 0; seen < entry.occurrence(); seen++) {
            at = joined.indexOf(entry.text(), at + 1);
            if (at < 0) {
                throw new IllegalStateException(file + ": occurrence " + entry.occurrence() + " of \""
                        + entry.text() + "\" is not in the clean body");
            }
        }
        return new TextSpan(at, at + entry.text().length());
    }
}
