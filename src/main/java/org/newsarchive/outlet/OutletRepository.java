package org.newsarchive.outlet;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutletRepository extends JpaRepository<Outlet, Long> {

    boolean existsBySlug(String slug);

    Optional<Outlet> findByDomainIgnoreCase(String domain);

    /** Outlets whose slug, name or an alias is the given name, whatever its case. */
    @Query("""
            select distinct o from Outlet o left join o.aliases alias
            where lower(o.slug) = lower(:name) or lower(o.name) = lower(:name) or lower(alias) = lower(:name)
            """)
    List<Outlet> findByAnyName(String name);

    /** Each outlet under its name and every alias, for finding where an article names an outlet. */
    @Query("select distinct o from Outlet o left join fetch o.aliases")
    List<Outlet> findAllWithAliases();

    @Query("select o from Outlet o left join fetch o.aliases where o.slug = :slug")
    Optional<Outlet> findBySlug(String slug);

    /** Outlets with most articles first, outlets only cited by others last; a null slug lists every outlet. */
    @Query("""
            select new org.newsarchive.outlet.OutletListing(o.slug, o.name, o.kind, o.domain,
                count(a), min(case when a.datePrecision = org.newsarchive.article.DatePrecision.DAY then a.publishedOn end),
                max(case when a.datePrecision = org.newsarchive.article.DatePrecision.DAY then a.publishedOn end),
                (select count(distinct c.article) from Citation c where c.citedOutlet = o))
            from Outlet o left join Article a on a.outlet = o
            where cast(:slug as String) is null or o.slug = :slug
            group by o.id, o.slug, o.name, o.kind, o.domain
            order by count(a) desc, o.name
            """)
    List<OutletListing> findListings(String slug);
}
