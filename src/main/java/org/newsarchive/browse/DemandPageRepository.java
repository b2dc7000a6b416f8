package org.newsarchive.browse;

import java.util.Collection;
import java.util.List;

import org.newsarchive.article.ArticleSummary;
import org.newsarchive.article.DemandResponse;
import org.newsarchive.demand.Demand;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** What a demand's page and the demands' list show: the responses reported and the articles covering it. */
interface DemandPageRepository extends Repository<Demand, Long> {

    /** Most-reported first. */
    @Query("""
            select new org.newsarchive.browse.DemandListing(
                d.slug, d.title, maker.slug, maker.name, d.madeOn, count(distinct m.article.id))
            from Demand d join d.madeBy maker left join DemandMention m on m.demand = d
            group by d.id, d.slug, d.title, maker.slug, maker.name, d.madeOn
            order by count(distinct m.article.id) desc, d.id
            """)
    List<DemandListing> findListings();

    /** By responder, then newest article first, then in reading order. */
    @Query("""
            select new org.newsarchive.browse.ReportedResponse(responder.slug, responder.name, r.stance,
                substring(a.body, r.span.start + 1, r.span.end - r.span.start),
                a.id, a.slug, a.title, o.name, o.slug, a.publishedOn, a.datePrecision, a.dateBasis, a.dateEvidence)
            from DemandResponse r join r.responder responder join r.article a join a.outlet o
            where r.demand.id = :demandId
            order by responder.name, a.publishedOn desc nulls last, a.id desc, r.span.start, r.id
            """)
    List<ReportedResponse> findResponses(Long demandId, Limit limit);

    @Query("select count(r) from DemandResponse r where r.demand.id = :demandId")
    long countResponses(Long demandId);

    /** By outlet name, then newest first. */
    @Query(value = """
            select new org.newsarchive.article.ArticleSummary(
                a.id, a.slug, a.title, o.name, o.slug, a.publishedOn, a.datePrecision, a.dateBasis, a.dateEvidence)
            from Article a join a.outlet o
            where a.id in (select m.article.id from DemandMention m where m.demand.id = :demandId)
            order by lower(o.name), o.id, a.publishedOn desc nulls last, a.id desc
            """, countQuery = "select count(distinct m.article.id) from DemandMention m where m.demand.id = :demandId")
    Page<ArticleSummary> findCoveringArticles(Long demandId, Pageable pageable);

    /** In reading order within each article. */
    @Query("""
            select new org.newsarchive.browse.CoveragePassage(a.id,
                substring(a.body, m.span.start + 1, m.span.end - m.span.start))
            from DemandMention m join m.article a
            where m.demand.id = :demandId and a.id in :articleIds
            order by m.span.start, m.id
            """)
    List<CoveragePassage> findCoveragePassages(Long demandId, Collection<Long> articleIds);

    @Query("select count(distinct a.outlet.id) from DemandMention m join m.article a where m.demand.id = :demandId")
    long countCoveringOutlets(Long demandId);
}
