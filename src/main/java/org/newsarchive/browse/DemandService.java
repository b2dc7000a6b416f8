package org.newsarchive.browse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.newsarchive.actor.Actor;
import org.newsarchive.actor.ActorRef;
import org.newsarchive.article.ArticleSummary;
import org.newsarchive.browse.Coverage.CoveringArticle;
import org.newsarchive.browse.Coverage.OutletCoverage;
import org.newsarchive.demand.Demand;
import org.newsarchive.demand.DemandNotFoundException;
import org.newsarchive.demand.DemandRepository;
import org.newsarchive.outlet.OutletRef;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class DemandService {

    static final int RESPONSES_SHOWN = 50;

    private final DemandRepository demands;
    private final DemandPageRepository pages;

    DemandService(DemandRepository demands, DemandPageRepository pages) {
        this.demands = demands;
        this.pages = pages;
    }

    @Transactional(readOnly = true)
    public List<DemandListing> list() {
        return pages.findListings();
    }

    /** {@code page} of the coverage is 1-based. */
    @Transactional(readOnly = true)
    public DemandDetail detail(String slug, int page, int pageSize) {
        Demand demand = demands.findWithMakerBySlug(slug).orElseThrow(() -> new DemandNotFoundException(slug));
        Long id = demand.getId();
        Actor maker = demand.getMadeBy();
        return new DemandDetail(demand.getSlug(), demand.getTitle(), demand.getFullText(),
                new ActorRef(maker.getSlug(), maker.getName()), demand.getMadeOn(), demand.getSourceDocument(),
                pages.findResponses(id, Limit.of(RESPONSES_SHOWN)), pages.countResponses(id),
                coverage(id, page, pageSize));
    }

    private Coverage coverage(Long demandId, int page, int pageSize) {
        Page<ArticleSummary> articles = pages.findCoveringArticles(demandId, PageRequest.of(page - 1, pageSize));
        Map<Long, List<String>> passages = articles.isEmpty() ? Map.of()
                : pages.findCoveragePassages(demandId, articles.map(ArticleSummary::id).toList()).stream()
                        .collect(Collectors.groupingBy(CoveragePassage::articleId,
                                Collectors.mapping(CoveragePassage::text, Collectors.toList())));
        return new Coverage(articles.getTotalElements(), pages.countCoveringOutlets(demandId),
                byOutlet(articles.getContent(), passages), page, articles.getTotalPages());
    }

    /** The page's articles under their outlets, in the order the page lists them. */
    private static List<OutletCoverage> byOutlet(List<ArticleSummary> articles, Map<Long, List<String>> passages) {
        Map<OutletRef, List<CoveringArticle>> byOutlet = articles.stream()
                .map(article -> new CoveringArticle(article, passages.getOrDefault(article.id(), List.of())))
                .collect(Collectors.groupingBy(covering -> covering.article().outlet(), LinkedHashMap::new,
                        Collectors.toList()));
        return byOutlet.entrySet().stream().map(entry -> new OutletCoverage(entry.getKey(), entry.getValue())).toList();
    }
}
