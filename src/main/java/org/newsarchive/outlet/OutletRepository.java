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
}
