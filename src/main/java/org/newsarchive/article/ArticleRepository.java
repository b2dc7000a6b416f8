package org.newsarchive.article;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    /** Newest first; a null bound or outlet slug leaves that filter out. */
    @Query(value = """
            select new org.newsarchive.article.ArticleSummary(
                a.id, a.slug, a.title, o.name, o.slug, a.publishedOn, a.datePrecision, a.dateBasis, a.dateEvidence)
            from Article a join a.outlet o
            where (cast(:from as LocalDate) is null or a.publishedOn >= :from)
              and (cast(:to as LocalDate) is null or a.publishedOn <= :to)
              and (cast(:outletSlug as String) is null or o.slug = :outletSlug)
            order by a.publishedOn desc nulls last, a.id desc
            """, countQuery = """
            select count(a) from Article a join a.outlet o
            where (cast(:from as LocalDate) is null or a.publishedOn >= :from)
              and (cast(:to as LocalDate) is null or a.publishedOn <= :to)
              and (cast(:outletSlug as String) is null or o.slug = :outletSlug)
            """)
    Page<ArticleSummary> findSummaries(LocalDate from, LocalDate to, String outletSlug, Pageable pageable);

    /**
     * The articles dated to one day (precision DAY), or those of a month whose day is not known (the month's
     * first day, precision MONTH), by outlet name, then title.
     */
    @Query("""
            select new org.newsarchive.article.ArticleSummary(
                a.id, a.slug, a.title, o.name, o.slug, a.publishedOn, a.datePrecision, a.dateBasis, a.dateEvidence)
            from Article a join a.outlet o
            where a.publishedOn = :day and a.datePrecision = :precision
            order by o.name, a.title, a.id
            """)
    List<ArticleSummary> findSummariesDated(LocalDate day, DatePrecision precision);

    /** Undated articles, the latest imported first. */
    @Query(value = """
            select new org.newsarchive.article.ArticleSummary(
                a.id, a.slug, a.title, o.name, o.slug, a.publishedOn, a.datePrecision, a.dateBasis, a.dateEvidence)
            from Article a join a.outlet o
            where a.publishedOn is null
            order by a.importedAt desc, a.id desc
            """, countQuery = "select count(a) from Article a where a.publishedOn is null")
    Page<ArticleSummary> findUndatedSummaries(Pageable pageable);

    /** Articles that name the outlet as their source, newest first. */
    @Query(value = """
            select new org.newsarchive.article.ArticleSummary(
                a.id, a.slug, a.title, o.name, o.slug, a.publishedOn, a.datePrecision, a.dateBasis, a.dateEvidence)
            from Article a join a.outlet o
            where exists (select 1 from Citation c where c.article = a and c.citedOutlet.slug = :outletSlug)
            order by a.publishedOn desc nulls last, a.id desc
            """, countQuery = """
            select count(a) from Article a
            where exists (select 1 from Citation c where c.article = a and c.citedOutlet.slug = :outletSlug)
            """)
    Page<ArticleSummary> findSummariesCiting(String outletSlug, Pageable pageable);

    @Query("select a.id from Article a where a.contentHash = :contentHash")
    Optional<Long> findIdByContentHash(String contentHash);

    @Query("select new org.newsarchive.article.HashedArticle(a.contentHash, a.id) from Article a where a.contentHash in :contentHashes")
    List<HashedArticle> findByContentHashIn(Collection<String> contentHashes);

    @Query("select a from Article a join fetch a.outlet where a.id = :id")
    Optional<Article> findWithOutletById(Long id);

    @Query("""
            select new org.newsarchive.article.ArchiveExtent(
                count(a), count(distinct a.outlet), min(case when a.datePrecision = org.newsarchive.article.DatePrecision.DAY then a.publishedOn end),
                max(case when a.datePrecision = org.newsarchive.article.DatePrecision.DAY then a.publishedOn end), count(a) - count(a.publishedOn))
            from Article a
            """)
    ArchiveExtent extent();

    @Query("""
            select new org.newsarchive.article.DayCount(a.publishedOn, count(a))
            from Article a where a.publishedOn between :from and :to and a.datePrecision = org.newsarchive.article.DatePrecision.DAY
            group by a.publishedOn order by a.publishedOn
            """)
    List<DayCount> countByDay(LocalDate from, LocalDate to);

    @Query("""
            select new org.newsarchive.article.MonthCount(year(a.publishedOn), month(a.publishedOn), count(a))
            from Article a where a.publishedOn is not null
            group by year(a.publishedOn), month(a.publishedOn)
            order by year(a.publishedOn), month(a.publishedOn)
            """)
    List<MonthCount> countByMonth();

    @Query("""
            select new org.newsarchive.article.OutletCount(a.publishedOn, o.slug, o.name, count(a))
            from Article a join a.outlet o where a.publishedOn between :from and :to and a.datePrecision = org.newsarchive.article.DatePrecision.DAY
            group by a.publishedOn, o.slug, o.name
            """)
    List<OutletCount> countByDayAndOutlet(LocalDate from, LocalDate to);

    /** Counts per month and outlet, each month given by its first day. */
    @Query("""
            select new org.newsarchive.article.OutletCount(year(a.publishedOn), month(a.publishedOn), o.slug, o.name, count(a))
            from Article a join a.outlet o where a.publishedOn is not null
            group by year(a.publishedOn), month(a.publishedOn), o.slug, o.name
            """)
    List<OutletCount> countByMonthAndOutlet();

    @Query("select max(a.publishedOn) from Article a where a.publishedOn < :day and a.datePrecision = org.newsarchive.article.DatePrecision.DAY")
    Optional<LocalDate> findLastDayBefore(LocalDate day);

    @Query("select min(a.publishedOn) from Article a where a.publishedOn > :day and a.datePrecision = org.newsarchive.article.DatePrecision.DAY")
    Optional<LocalDate> findFirstDayAfter(LocalDate day);
}
