package org.newsarchive.demand;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DemandRepository extends JpaRepository<Demand, Long> {

    Optional<Demand> findBySlug(String slug);
}
