package org.newsarchive.article;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import org.newsarchive.actor.Actor;
import org.newsarchive.actor.ActorKind;
import org.newsarchive.actor.ActorRef;
import org.newsarchive.demand.Demand;
import org.newsarchive.demand.Stance;
import org.newsarchive.outlet.Outlet;
import org.newsarchive.outlet.OutletKind;
import org.newsarchive.outlet.OutletRef;
import org.newsarchive.text.TextSpan;

/** Everything the archive holds about one article, with offsets into {@link #body()}. */
public record ArticleDetail(
        Long id,
        String slug,
        String title,
        OutletInfo outlet,
        @Nullable String originalUrl,
        @Nullable LocalDate publishedOn,
        DatePrecision datePrecision, DateBasis dateBasis,
        String dateEvidence,
        @Nullable String titleEvidence,
        @Nullable String outletEvidence,
        @Nullable String byline,
        String language,
        String body,
        List<String> captions,
        String rawText,
        String contentHash,
        @Nullable String sourceName,
        Instant importedAt,
        List<ActorInArticle> actors,
        List<DemandInArticle> demands,
        List<QuoteInArticle> quotes,
        List<CitationInArticle> citations,
        List<ResponseInArticle> demandResponses) {

    /** The outlet in full; lists and other views name it by an {@link OutletRef}. */
    @Schema(name = "Outlet")
    public record OutletInfo(String name, String slug, OutletKind kind, @Nullable String domain, @Nullable String homepageUrl,
            @Nullable String country, @Nullable String language, @Nullable String description) {
    }

    /** {@code detected}: found by the name recogniser and not yet reviewed, for the {@code evidence} given. */
    public record ActorInArticle(String slug, String name, ActorKind kind, @Nullable String role, List<TextSpan> mentions,
            boolean detected, @Nullable String evidence) {
    }

    public record DemandInArticle(String slug, String title, List<TextSpan> mentions) {
    }

    /** {@code speaker} is null where the article attributes the words to no named actor. */
    public record QuoteInArticle(String text, int start, int end, @Nullable ActorRef speaker, @Nullable String attribution) {
    }

    public record CitationInArticle(OutletRef outlet, String text, int start, int end) {
    }

    /** A passage reporting how the US or NATO answered one of the demands. */
    public record ResponseInArticle(String demand, ActorRef responder, Stance stance, String text, int start, int end) {
    }

    /** A line of the capture as received, and whether the reading text, a caption or the headline kept it. */
    public record ReceivedLine(String text, boolean kept) {
    }

    /**
     * The capture's lines, those the import dropped (site furniture, datelines, credits) marked: a line is
     * kept when the headline, a caption or the body holds it, or it holds a paragraph of the body.
     */
    public List<ReceivedLine> receivedLines() {
        List<String> paragraphs = body.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return rawText.lines().map(line -> {
            String text = Normalizer.normalize(line, Normalizer.Form.NFC).replace('\u00A0', ' ').strip();
            boolean kept = text.isEmpty() || text.equals(title) || captions.contains(text) || body.contains(text)
                    || paragraphs.stream().anyMatch(text::contains);
            return new ReceivedLine(line, kept);
        }).toList();
    }

    static ArticleDetail of(Article article) {
        Outlet outlet = article.getOutlet();
        return new ArticleDetail(article.getId(), article.getSlug(), article.getTitle(),
                new OutletInfo(outlet.getName(), outlet.getSlug(), outlet.getKind(), outlet.getDomain(),
                        outlet.getHomepageUrl(), outlet.getCountry(), outlet.getLanguage(), outlet.getDescription()),
                article.getOriginalUrl(), article.getPublishedOn(), article.getDatePrecision(), article.getDateBasis(),
                article.getDateEvidence(), article.getTitleEvidence(), article.getOutletEvidence(), article.getByline(), article.getLanguage(), article.getBody(),
                List.copyOf(article.getCaptions()), article.getRawText(), article.getContentHash(),
                article.getSourceName(), article.getImportedAt(),
                groupSpans(article.getActorMentions(), ActorMention::getActor).entrySet().stream()
                        .map(e -> actor(e.getKey(), e.getValue())).toList(),
                groupSpans(article.getDemandMentions(), DemandMention::getDemand).entrySet().stream()
                        .map(e -> demand(e.getKey(), e.getValue())).toList(),
                article.getQuotes().stream().map(ArticleDetail::quote).toList(),
                article.getCitations().stream().map(ArticleDetail::citation).toList(),
                article.getDemandResponses().stream().map(ArticleDetail::response).toList());
    }

    /** Spans per mentioned thing, in order of first mention. */
    private static <P extends ArticlePassage, T> Map<T, List<TextSpan>> groupSpans(Collection<P> passages,
            Function<P, T> thing) {
        Map<T, List<TextSpan>> spans = new LinkedHashMap<>();
        for (P passage : passages) {
            spans.computeIfAbsent(thing.apply(passage), key -> new ArrayList<>()).add(passage.getSpan());
        }
        return spans;
    }

    private static ActorInArticle actor(Actor actor, List<TextSpan> mentions) {
        return new ActorInArticle(actor.getSlug(), actor.getName(), actor.getKind(), actor.getRole(), mentions,
                actor.isDetected(), actor.getEvidence());
    }

    private static DemandInArticle demand(Demand demand, List<TextSpan> mentions) {
        return new DemandInArticle(demand.getSlug(), demand.getTitle(), mentions);
    }

    private static QuoteInArticle quote(Quote quote) {
        Actor speaker = quote.getSpeaker();
        return new QuoteInArticle(quote.getText(), quote.getSpan().start(), quote.getSpan().end(),
                speaker == null ? null : new ActorRef(speaker.getSlug(), speaker.getName()), quote.getAttribution());
    }

    private static ResponseInArticle response(DemandResponse response) {
        Actor responder = response.getResponder();
        return new ResponseInArticle(response.getDemand().getSlug(),
                new ActorRef(responder.getSlug(), responder.getName()), response.getStance(), response.getText(),
                response.getSpan().start(), response.getSpan().end());
    }

    private static CitationInArticle citation(Citation citation) {
        return new CitationInArticle(OutletRef.of(citation.getCitedOutlet()), citation.getText(),
                citation.getSpan().start(), citation.getSpan().end());
    }
}
