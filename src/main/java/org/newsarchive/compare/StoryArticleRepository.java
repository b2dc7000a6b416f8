package org.newsarchive.compare;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StoryArticleRepository extends JpaRepository<StoryArticle, Long> {

    /** Articles in no story yet, oldest first, the order in which grouping places them. */
    @Query("""
            select a.id from Article a
            where not exists (select 1 from StoryArticle sa where sa.article = a)
            order by a.publishedOn, a.id
            """)
    List<Long> findUnplacedArticleIds();

    @Query("""
            select sa from StoryArticle sa join fetch sa.article a join fetch a.outlet join fetch sa.story
            where a.publishedOn between :from and :to
            """)
    List<StoryArticle> findPlacedBetween(LocalDate from, LocalDate to);

    @Modifying
    @Query("delete from StoryArticle sa where sa.placedBy = :placedBy")
    int deletePlacedBy(StoryArticle.PlacedBy placedBy);
}
