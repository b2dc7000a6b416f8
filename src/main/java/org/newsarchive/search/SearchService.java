package org.newsarchive.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFastVectorHighlighterOptionsStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.newsarchive.article.Article;
import org.newsarchive.article.DatePrecision;
import org.springframework.stereotype.Service;

/**
 * Full-text search over the article index, with facet counts; hits are projected from the index,
 * never loaded from the database.
 */
@Service
public class SearchService {

    static final int SNIPPET_LENGTH = 180;
    static final int SNIPPETS_PER_HIT = 3;
    static final int FACET_VALUES = 30;
    static final int DAILY_HISTOGRAM_MONTHS = 3;
    static final int MONTHLY_HISTOGRAM_MONTHS = 48;
    static final int EXPORT_CHUNK = 500;
    static final int ALL_WORDS_UP_TO = 2;
    static final int SHARE_OF_MORE_WORDS = 75;
    static final int PHRASE_SLOP = 3;
    static final float PHRASE_BOOST = 2.0f;
    static final float TITLE_BOOST = 2.0f;

    private static final AggregationKey<Map<LocalDate, Long>> MONTHS = AggregationKey.of("months");
    private static final AggregationKey<Map<LocalDate, Long>> DAYS = AggregationKey.of("days");

    private final IndexReads reads;
    private final FacetLabels labels;
    private final QueryWords queryWords;
    private final MeterRegistry meters;

    SearchService(IndexReads reads, FacetLabels labels, QueryWords queryWords, MeterRegistry meters) {
        this.reads = reads;
        this.labels = labels;
        this.queryWords = queryWords;
        this.meters = meters;
    }

    /** Timed as {@code archive.search}, tagged by whether there was a query and filters. */
    public SearchResult search(SearchRequest asked) {
        return Timer.builder("archive.search").description("Searches of the article index, with their facets")
                .tag("query", String.valueOf(asked.hasQuery())).tag("filtered", String.valueOf(asked.isFiltered()))
                .register(meters).record(() -> reads.read(session -> run(session, asked)));
    }

    private SearchResult run(SearchSession session, SearchRequest asked) {
        Map<Facet, Set<String>> unknown = unknownValues(asked);
        SearchRequest request = asked.withFilters(knownValues(asked, unknown));
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        var query = session.search(Article.class)
                .select(ArticleHit.class)
                .where(f -> matching(f, request, null))
                .sort(f -> order(f, request))
                // Counts per month, from which years are added up; counts per day only when they are shown.
                .aggregation(MONTHS, f -> dateCounts(f, Article.PUBLISHED_MONTH))
                .highlighter(f -> snippets(f, SNIPPETS_PER_HIT));
        for (Facet facet : Facet.values()) {
            if (request.picked(facet).isEmpty()) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.param());
                keys.put(facet, key);
                query = query.aggregation(key, f -> f.terms().field(facet.field(), String.class).maxTermCount(FACET_VALUES));
            }
        }
        var result = query.fetch((request.page() - 1) * request.size(), request.size());

        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Long> counts = keys.containsKey(facet)
                    ? result.aggregation(keys.get(facet))
                    : countsWithoutOwnFilter(session, request, facet);
            facets.put(facet, values(facet, counts, request.picked(facet)));
        }
        Map<LocalDate, Long> months = result.aggregation(MONTHS);
        long span = DateBuckets.span(months);
        DateStep step = span <= DAILY_HISTOGRAM_MONTHS ? DateStep.DAY
                : span <= MONTHLY_HISTOGRAM_MONTHS ? DateStep.MONTH : DateStep.YEAR;
        List<DateBucket> dates = switch (step) {
            case DAY -> DateBuckets.days(countsPerDay(session, request));
            case MONTH -> DateBuckets.months(months);
            case YEAR -> DateBuckets.years(months);
        };
        // Undated articles have no month, so they are the hits the months do not count.
        long undated = result.total().hitCount() - months.values().stream().mapToLong(Long::longValue).sum();
        return new SearchResult(result.total().hitCount(), result.hits(), new Facets(facets, dates, step, undated),
                unknown);
    }

    /** How many articles match, without fetching any. */
    public long count(SearchRequest request) {
        return reads.read(session -> session.search(Article.class)
                .where(f -> matching(f, request, null))
                .fetchTotalHitCount());
    }

    /**
     * Hands every hit of the request to {@code sink} in the request's order, whatever its page, reading
     * the index a chunk at a time so that memory stays flat however many there are; returns how many.
     */
    public long forEachHit(SearchRequest request, Consumer<ExportedHit> sink) {
        return forEachHit(request, EXPORT_CHUNK, sink);
    }

    long forEachHit(SearchRequest request, int chunkSize, Consumer<ExportedHit> sink) {
        return reads.read(session -> {
            long count = 0;
            try (SearchScroll<ExportedHit> scroll = session.search(Article.class)
                    .select(ExportedHit.class)
                    .where(f -> matching(f, request, null))
                    .sort(f -> order(f, request))
                    .scroll(chunkSize)) {
                for (SearchScrollResult<ExportedHit> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                    chunk.hits().forEach(sink);
                    count += chunk.hits().size();
                }
            }
            return count;
        });
    }

    /**
     * The newest hits first, whatever order the request asks for, each with one snippet: the passage
     * that matches best, or the opening of the text when nothing in it matches.
     */
    public List<ArticleHit> newest(SearchRequest request, int limit) {
        SearchRequest newestFirst = request.sortedBy(SearchSort.NEWEST);
        return reads.read(session -> session.search(Article.class)
                .select(ArticleHit.class)
                .where(f -> matching(f, newestFirst, null))
                .sort(f -> order(f, newestFirst))
                .highlighter(f -> snippets(f, 1).noMatchSize(SNIPPET_LENGTH))
                .fetchHits(limit));
    }

    private static HighlighterFastVectorHighlighterOptionsStep snippets(SearchHighlighterFactory f, int count) {
        return f.fastVector()
                .encoder(HighlighterEncoder.HTML)
                .tag("<mark>", "</mark>")
                .fragmentSize(SNIPPET_LENGTH)
                .boundaryScanner(scanner -> scanner.word().locale(Locale.ENGLISH))
                .numberOfFragments(count);
    }

    /**
     * Counts per day of the hits, asked for only when they span a few months, and so a few dozen days: counts
     * over years of days would cost more than the rest of the search. Articles known to the month only are
     * on no day.
     */
    private Map<LocalDate, Long> countsPerDay(SearchSession session, SearchRequest request) {
        return session.search(Article.class)
                .where(f -> f.bool().must(matching(f, request, null))
                        .filter(f.match().field("datePrecision").matching(DatePrecision.DAY)))
                .aggregation(DAYS, f -> dateCounts(f, "publishedOn"))
                .fetch(0)
                .aggregation(DAYS);
    }

    private static AggregationFinalStep<Map<LocalDate, Long>> dateCounts(SearchAggregationFactory f, String field) {
        return f.terms().field(field, LocalDate.class).orderByTermAscending().maxTermCount(Integer.MAX_VALUE);
    }

    /** Counts of one facet's values among the hits of every filter but that facet's own. */
    private Map<String, Long> countsWithoutOwnFilter(SearchSession session, SearchRequest request, Facet facet) {
        AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.param());
        return session.search(Article.class)
                .where(f -> matching(f, request, facet))
                .aggregation(key, f -> f.terms().field(facet.field(), String.class).maxTermCount(FACET_VALUES))
                .fetch(0)
                .aggregation(key);
    }

    /**
     * For a search that found nothing: the articles, within its filters, that have any of the words it looks
     * for, those with most of them first; what it excludes stays excluded.
     */
    public List<ArticleHit> partialMatches(SearchRequest request, int limit) {
        String anyWord = QueryText.anyOfItsWords(request.query());
        if (anyWord.isEmpty()) {
            return List.of();
        }
        return reads.read(session -> session.search(Article.class)
                .select(ArticleHit.class)
                .where(f -> filtered(f, request, null, words(f, anyWord).defaultOperator(BooleanOperator.AND)))
                .highlighter(f -> snippets(f, 1))
                .fetchHits(limit));
    }

    private PredicateFinalStep matching(SearchPredicateFactory f, SearchRequest request, Facet leftOut) {
        return filtered(f, request, leftOut, request.hasQuery() ? text(f, request.query()) : f.matchAll());
    }

    private static PredicateFinalStep filtered(SearchPredicateFactory f, SearchRequest request, Facet leftOut,
            PredicateFinalStep text) {
        return f.bool(b -> {
            b.must(text);
            request.filters().forEach((facet, values) -> {
                if (facet != leftOut) {
                    b.filter(f.terms().field(facet.field()).matchingAny(values));
                }
            });
            if (request.from() != null) {
                b.filter(f.range().field("publishedOn").atLeast(request.from()));
            }
            if (request.to() != null) {
                b.filter(f.range().field("publishedOn").atMost(request.to()));
            }
        });
    }

    /**
     * Words alone match as a best match: all of them, or of three or more words three in four, with the
     * articles that have them as a phrase, or close together, first. A query with operators means exactly
     * what it says, every word required. The words are clauses of their own, rather than the share being
     * asked of one query over many fields, which would ask it of a single word's fields.
     */
    private PredicateFinalStep text(SearchPredicateFactory f, String query) {
        QueryText.Fielded fielded = QueryText.fielded(query);
        if (fielded.terms().isEmpty()) {
            return everywhere(f, query);
        }
        return f.bool(b -> {
            if (!fielded.rest().isEmpty()) {
                b.must(everywhere(f, fielded.rest()));
            }
            fielded.terms().forEach(term -> b.must(inField(f, term)));
        });
    }

    /**
     * {@code title:} and {@code byline:} search those fields as the query box does; {@code outlet:} matches the
     * outlets whose address name (slug) holds the words given, so that "sputnik" finds Sputnik International.
     */
    private static PredicateFinalStep inField(SearchPredicateFactory f, QueryText.FieldTerm term) {
        return switch (term.field()) {
            case "outlet" -> slug(term.text()).isEmpty() ? f.matchNone()
                    : f.wildcard().field("outlet.slug").matching("*" + slug(term.text()) + "*");
            default -> f.simpleQueryString().field(term.field()).matching(term.text()).defaultOperator(BooleanOperator.AND);
        };
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    private PredicateFinalStep everywhere(SearchPredicateFactory f, String query) {
        List<String> words = queryWords.of(query);
        if (QueryText.hasOperators(query) || words.isEmpty()) {
            return words(f, query).defaultOperator(BooleanOperator.AND);
        }
        return f.bool(b -> {
            b.must(f.bool(most -> {
                words.forEach(word -> most.should(words(f, word).defaultOperator(BooleanOperator.AND)));
                most.minimumShouldMatch(share -> share.ifMoreThan(ALL_WORDS_UP_TO).thenRequirePercent(SHARE_OF_MORE_WORDS));
            }));
            if (words.size() > 1) {
                b.should(f.phrase().field("title").boost(TITLE_BOOST).field("body")
                        .matching(String.join(" ", words)).slop(PHRASE_SLOP).boost(PHRASE_BOOST));
            }
        });
    }

    private static SimpleQueryStringPredicateOptionsStep<?> words(SearchPredicateFactory f, String query) {
        return f.simpleQueryString()
                .field("title").boost(TITLE_BOOST)
                .field("body")
                .field("captions").boost(0.5f)
                .field("byline")
                .field(Article.TAGGED_NAMES)
                .matching(query);
    }

    private static SortFinalStep order(SearchSortFactory f, SearchRequest request) {
        return switch (request.sort()) {
            case RELEVANCE -> request.hasQuery()
                    ? f.score().then().field("publishedOn").desc().missing().last()
                    : f.field("publishedOn").desc().missing().last().then().field("title_sort");
            case NEWEST -> f.field("publishedOn").desc().missing().last().then().field("title_sort");
            case OLDEST -> f.field("publishedOn").asc().missing().last().then().field("title_sort");
        };
    }

    /** Picked values come first, even those no hit has; then the rest by count. */
    private List<FacetValue> values(Facet facet, Map<String, Long> counts, Set<String> picked) {
        Set<String> shown = new HashSet<>(counts.keySet());
        shown.addAll(picked);
        Map<String, String> names = labels.of(facet, shown);
        List<FacetValue> values = new ArrayList<>();
        for (String value : shown) {
            values.add(new FacetValue(value, names.getOrDefault(value, value), counts.getOrDefault(value, 0L),
                    picked.contains(value)));
        }
        values.sort(Comparator.comparing((FacetValue value) -> !value.picked())
                .thenComparing(Comparator.comparingLong(FacetValue::count).reversed())
                .thenComparing(FacetValue::label));
        return values;
    }

    /** The filter values the archive does not know, which a search leaves out. */
    public Map<Facet, Set<String>> unknownValues(SearchRequest request) {
        Map<Facet, Set<String>> unknown = new EnumMap<>(Facet.class);
        request.filters().forEach((facet, values) -> {
            Set<String> missing = new HashSet<>(values);
            missing.removeAll(labels.of(facet, values).keySet());
            if (!missing.isEmpty()) {
                unknown.put(facet, Set.copyOf(missing));
            }
        });
        return Map.copyOf(unknown);
    }

    private static Map<Facet, Set<String>> knownValues(SearchRequest request, Map<Facet, Set<String>> unknown) {
        Map<Facet, Set<String>> known = new EnumMap<>(Facet.class);
        request.filters().forEach((facet, values) -> {
            Set<String> kept = new HashSet<>(values);
            kept.removeAll(unknown.getOrDefault(facet, Set.of()));
            known.put(facet, kept);
        });
        return known;
    }
}
