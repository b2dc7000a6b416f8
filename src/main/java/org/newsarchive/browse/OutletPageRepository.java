package org.newsarchive.browse;

import java.util.List;

import org.newsarchive.outlet.Outlet;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** What the outlets' list and an outlet's page show: how many articles each published and cited. */
interface OutletPageRepository extends Repository<Outlet, Long> {

    /** Outlets with most articles first, outlets only cited by others last; a null slug lists every outlet. */
    @Query("""
            select new org.newsarchive.browse.OutletListing(o.slug, o.name, o.kind, o.domain,
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
