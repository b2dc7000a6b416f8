package org.newsarchive.outlet;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OutletRepository extends JpaRepository<Outlet, Long> {

    Optional<Outlet> findBySlug(String slug);

    boolean existsBySlug(String slug);
}
