package org.newsarchive.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.newsarchive.actor.Actor;
import org.newsarchive.demand.Demand;
import org.newsarchive.outlet.Outlet;
import org.newsarchive.text.Analyzers;
import org.newsarchive.text.TextSpan;

@Entity
// The number in the name goes up with every change to what the index holds: an upgraded archive then finds
// its new index empty and fills it at start (IndexBootstrap), where the old one would lack the new fields.
@Indexed(index = "Article-4")
public class Article {

    public static final String PUBLISHED_MONTH = "publishedMonth";
    public static final String TAGGED_NAMES = "taggedNames";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @SequenceGenerator(sequenceName = "article_id_seq", allocationSize = 50)
    private Long id;

    private String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @IndexedEmbedded(includePaths = {"slug", "name"})
    // Outlets are renamed rarely; a rename is followed by a reindex rather than tracked per article.
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Outlet outlet;

    private String originalUrl;

    @FullTextField(analyzer = Analyzers.ENGLISH, projectable = Projectable.YES,
            highlightable = Highlightable.ANY, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    @KeywordField(name = "title_sort", normalizer = Analyzers.SORT, sortable = Sortable.YES)
    @FullTextField(name = "title_prefix", analyzer = Analyzers.WORD_PREFIXES, searchAnalyzer = Analyzers.WORDS)
    private String title;

    @FullTextField(analyzer = Analyzers.ENGLISH, projectable = Projectable.YES,
            highlightable = Highlightable.ANY, termVector = TermVector.WITH_POSITIONS_OFFSETS)
    private String body;

    private String rawText;

    @GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private DatePrecision datePrecision;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private DateBasis dateBasis;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private String dateEvidence;

    @FullTextField(analyzer = Analyzers.ENGLISH)
    private String byline;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String language;

    private String contentHash;

    private String sourceName;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private Instant importedAt;

    private String titleEvidence;

    private String outletEvidence;

    @ElementCollection
    @CollectionTable(name = "article_caption", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    @FullTextField(name = "captions", analyzer = Analyzers.ENGLISH)
    private List<String> captions = new ArrayList<>();

    // Mentions are written with their article, whose own change reindexes it, and are changed afterwards only by
    // bulk updates, which reindex what they touch (ActorReview). Tracked, each mention would add an outbox event.
    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
    @OrderBy("span.start")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private List<ActorMention> actorMentions = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
    @OrderBy("span.start")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    private List<DemandMention> demandMentions = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
    @OrderBy("span.start")
    private List<Quote> quotes = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
    @OrderBy("span.start")
    private List<Citation> citations = new ArrayList<>();

    @OneToMany(mappedBy = "article")
    @OrderBy("span.start")
    private List<DemandResponse> demandResponses = new ArrayList<>();

    protected Article() {
    }

    /** A newly imported article; its passages are added with {@link #mention}, {@link #quote} and {@link #cite}. */
    public Article(Outlet outlet, String originalUrl, String sourceName, String rawText, String contentHash,
            String title, String body, List<String> captions, PublicationDate date, String byline, String language) {
        this.outlet = outlet;
        this.originalUrl = originalUrl;
        this.sourceName = sourceName;
        this.rawText = rawText;
        this.contentHash = contentHash;
        this.title = title;
        this.slug = ArticleSlug.of(title);
        this.body = body;
        this.captions = new ArrayList<>(captions);
        this.publishedOn = date.day();
        this.datePrecision = date.precision();
        this.dateBasis = date.basis();
        this.dateEvidence = date.evidence();
        this.byline = byline;
        this.language = language;
        this.importedAt = Instant.now();
    }

    /** How the headline and the outlet were found: the words, the URL or the rule. */
    public void recordProvenance(String titleEvidence, String outletEvidence) {
        this.titleEvidence = titleEvidence;
        this.outletEvidence = outletEvidence;
    }

    public void mention(Actor actor, TextSpan span) {
        actorMentions.add(new ActorMention(this, span, actor));
    }

    public void mention(Demand demand, TextSpan span) {
        demandMentions.add(new DemandMention(this, span, demand));
    }

    /** Words quoted at the span; the speaker is null where the article names no known actor. */
    public void quote(Actor speaker, String attribution, TextSpan span) {
        quotes.add(new Quote(this, span, speaker, attribution));
    }

    public void cite(Outlet citedOutlet, TextSpan span) {
        citations.add(new Citation(this, span, citedOutlet));
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public Outlet getOutlet() {
        return outlet;
    }

    public String getOriginalUrl() {
        return originalUrl;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getRawText() {
        return rawText;
    }

    /** Null when the article is undated; the month's first day when only the month is known. */
    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public DatePrecision getDatePrecision() {
        return datePrecision;
    }

    public DateBasis getDateBasis() {
        return dateBasis;
    }

    public String getDateEvidence() {
        return dateEvidence;
    }

    public String getByline() {
        return byline;
    }

    public String getLanguage() {
        return language;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getTitleEvidence() {
        return titleEvidence;
    }

    public String getOutletEvidence() {
        return outletEvidence;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public List<String> getCaptions() {
        return captions;
    }

    public List<ActorMention> getActorMentions() {
        return actorMentions;
    }

    public List<DemandMention> getDemandMentions() {
        return demandMentions;
    }

    public List<Quote> getQuotes() {
        return quotes;
    }

    public List<Citation> getCitations() {
        return citations;
    }

    public List<DemandResponse> getDemandResponses() {
        return demandResponses;
    }

    @KeywordField(name = "actor", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "actorMentions")))
    public List<String> getActorSlugs() {
        return actorMentions.stream().map(mention -> mention.getActor().getSlug()).distinct().toList();
    }

    /**
     * Every name and alias of the actors tagged in the article and of its outlet: a search that names one of
     * them, in any of its spellings, finds the article even where its text writes the name another way.
     */
    @FullTextField(name = TAGGED_NAMES, analyzer = Analyzers.ENGLISH)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "actorMentions")),
            @ObjectPath(@PropertyValue(propertyName = "outlet"))})
    public List<String> getTaggedNames() {
        return Stream.concat(actorMentions.stream().map(ActorMention::getActor)
                                .flatMap(actor -> Stream.concat(Stream.of(actor.getName()), actor.getAliases().stream())),
                        Stream.concat(Stream.of(outlet.getName()), outlet.getAliases().stream()))
                .distinct().toList();
    }

    /** Every searched text word for word, for spelling suggestions: stemmed words would make poor ones. */
    @FullTextField(name = "spelling", analyzer = Analyzers.WORDS, norms = Norms.NO)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "body")),
            @ObjectPath(@PropertyValue(propertyName = "captions"))})
    public List<String> getSearchedText() {
        List<String> texts = new ArrayList<>(List.of(title, body));
        texts.addAll(captions);
        return texts;
    }

    /**
     * The first day of the month of publication, which the search's date histogram counts: a few hundred
     * values over decades, where days are thousands, and collecting counts per value costs per value.
     * Undated articles have none, and are counted apart.
     */
    @GenericField(name = PUBLISHED_MONTH, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publishedOn")))
    public LocalDate getPublishedMonth() {
        return publishedOn == null ? null : publishedOn.withDayOfMonth(1);
    }

    @KeywordField(name = "demand", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "demandMentions")))
    public List<String> getDemandSlugs() {
        return demandMentions.stream().map(mention -> mention.getDemand().getSlug()).distinct().toList();
    }
}
