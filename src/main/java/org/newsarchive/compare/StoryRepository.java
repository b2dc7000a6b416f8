package org.newsarchive.compare;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StoryRepository extends JpaRepository<Story, Long> {

    String LISTING = """
            select new org.newsarchive.compare.StoryListing(s.id, s.title, s.firstDay, s.lastDay,
                count(sa), count(distinct o), listagg(distinct o.name, ', ') within group (order by o.name))
            from Story s left join StoryArticle sa on sa.story = s left join sa.article a left join a.outlet o
            """;

    /**
     * One page of stories, newest first by the last day of their coverage. Only the page's stories are
     * aggregated, so that a page deep in a large archive costs what the first one does.
     */
    @Query(LISTING + """
            where s.id in (select p.id from Story p order by p.lastDay desc, p.id desc
                offset :offset rows fetch first :size rows only)
            group by s.id, s.title, s.firstDay, s.lastDay
            order by s.lastDay desc, s.id desc
            """)
    List<StoryListing> findListings(long offset, int size);

    @Query(LISTING + """
            where s.id = :id
            group by s.id, s.title, s.firstDay, s.lastDay
            """)
    Optional<StoryListing> findListing(long id);

    @Modifying
    @Query("delete from Story s where not exists (select 1 from StoryArticle sa where sa.story = s)")
    int deleteEmpty();
}
