package org.newsarchive.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.newsarchive.article.ArticleDetail;
import org.newsarchive.article.ArticleService;
import org.newsarchive.article.ReadingText;
import org.newsarchive.text.TextSpan;
import org.newsarchive.compare.Comparison.Compared;
import org.newsarchive.compare.Comparison.QuoteLink;
import org.newsarchive.compare.Comparison.Summary;
import org.newsarchive.compare.SharedQuotes.Occurrence;
import org.newsarchive.compare.SharedQuotes.SharedQuote;
import org.newsarchive.search.TextAnalysis;
import org.springframework.stereotype.Service;

@Service
public class CompareService {

    private static final Pattern WORDS = Pattern.compile("\\S+");
    private static final Comparator<ArticleDetail> BY_PUBLICATION = Comparator.comparing(ArticleDetail::publishedOn,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final ArticleService articles;
    private final TextAnalysis analysis;

    CompareService(ArticleService articles, TextAnalysis analysis) {
        this.articles = articles;
        this.analysis = analysis;
    }

    /**
     * The articles in order of publication, earliest first (undated last), whatever order they were asked in.
     *
     * @param ids two to four distinct article ids, checked by {@link CompareSelection}
     */
    public Comparison compare(List<Long> ids) {
        List<ArticleDetail> details = ids.stream().map(articles::get).sorted(BY_PUBLICATION).toList();
        List<List<HeadlineWord>> headlines = HeadlineWord.compared(details.stream().map(ArticleDetail::title).toList(), analysis);
        List<SharedQuote> shared = SharedQuotes.in(details);
        List<Compared> compared = new ArrayList<>();
        List<List<Map<String, Integer>>> terms = new ArrayList<>();
        for (int a = 0; a < details.size(); a++) {
            ArticleDetail article = details.get(a);
            Map<Integer, QuoteLink> links = links(a, details, shared);
            List<TextSpan> marks = shared.stream().flatMap(quote -> quote.occurrences().stream())
                    .filter(occurrence -> occurrence.articleId() == article.id())
                    .map(occurrence -> new TextSpan(occurrence.start(), occurrence.end()))
                    .sorted((x, y) -> Integer.compare(x.start(), y.start())).toList();
            ReadingText reading = ReadingText.of(article, marks);
            compared.add(new Compared(article, headlines.get(a), reading, summary(article), links));
            terms.add(reading.paragraphs().stream().map(paragraph -> analysis.terms(paragraph.text())).toList());
        }
        return new Comparison(compared, shared, CoverageMatrix.of(details), ParagraphAlignment.align(terms));
    }

    /** For each shared quote in article {@code a}, keyed by its offset: its anchor and the next occurrence's. */
    private static Map<Integer, QuoteLink> links(int a, List<ArticleDetail> details, List<SharedQuote> shared) {
        Map<Integer, QuoteLink> links = new HashMap<>();
        for (int q = 0; q < shared.size(); q++) {
            List<Occurrence> occurrences = shared.get(q).occurrences();
            for (Occurrence occurrence : occurrences) {
                if (occurrence.articleId() == details.get(a).id()) {
                    Occurrence next = nextElsewhere(occurrences, details, a);
                    links.put(occurrence.start(), new QuoteLink(q + 1, anchor(q, occurrence),
                            "#" + anchor(q, next)));
                }
            }
        }
        return links;
    }

    /** The first occurrence in the next article (in column order, wrapping round) that carries the quote. */
    private static Occurrence nextElsewhere(List<Occurrence> occurrences, List<ArticleDetail> details, int a) {
        for (int step = 1; step < details.size(); step++) {
            long id = details.get((a + step) % details.size()).id();
            for (Occurrence occurrence : occurrences) {
                if (occurrence.articleId() == id) {
                    return occurrence;
                }
            }
        }
        throw new IllegalStateException("A shared quote occurs in one article only");
    }

    private static String anchor(int quote, Occurrence occurrence) {
        return "shared-" + (quote + 1) + "-" + occurrence.articleId() + "-" + occurrence.start();
    }

    private static Summary summary(ArticleDetail article) {
        return new Summary((int) WORDS.matcher(article.body()).results().count(), article.quotes().size(),
                article.actors().size(), article.demands().size(),
                article.citations().stream().map(citation -> citation.outlet().name()).distinct().toList());
    }
}
