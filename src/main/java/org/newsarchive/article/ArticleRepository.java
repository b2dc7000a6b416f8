package org.newsarchive.article;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    /** Newest first; a null date or outlet slug leaves that filter out. */
    @Query(value = """
            select new org.newsarchive.article.ArticleSummary(
                a.id, a.slug, a.title, o.name, o.slug, a.publishedOn, a.dateBasis, a.dateEvidence)
            from Article a join a.outlet o
            where (cast(:date as LocalDate) is null or a.publishedOn = :date)
              and (cast(:outletSlug as String) is null or o.slug = :outletSlug)
            order by a.publishedOn desc, a.id desc
            """, countQuery = """
            select count(a) from Article a join a.outlet o
            where (cast(:date as LocalDate) is null or a.publishedOn = :date)
              and (cast(:outletSlug as String) is null or o.slug = :outletSlug)
            """)
    Page<ArticleSummary> findSummaries(LocalDate date, String outletSlug, Pageable pageable);

    @Query("select a from Article a join fetch a.outlet where a.id = :id")
    Optional<Article> findWithOutletById(Long id);
}
