package org.newsarchive.outlet;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OutletRepository extends JpaRepository<Outlet, Long> {

    boolean existsBySlug(String slug);
}
