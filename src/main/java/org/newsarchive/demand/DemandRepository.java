package org.newsarchive.demand;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface DemandRepository extends Repository<Demand, Long> {
    List<Demand> findAll();

    @Query("select d from Demand d join fetch d.madeBy where d.slug = :slug")
    Optional<Demand> findWithMakerBySlug(String slug);
}
