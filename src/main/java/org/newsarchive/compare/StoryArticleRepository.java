package org.newsarchive.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StoryArticleRepository extends JpaRepository<StoryArticle, Long> {

    /**
     * Dated articles in no story yet, oldest first, the order in which grouping places them. A story is what
     * was published within days, so articles known to the month only, or undated, are left out of stories.
     */
    @Query("""
            select a.id from Article a
            where not exists (select 1 from StoryArticle sa where sa.article = a)
              and a.datePrecision = org.newsarchive.article.DatePrecision.DAY
            order by a.publishedOn, a.id
            """)
    List<Long> findUnplacedArticleIds();

    @Query("""
            select sa from StoryArticle sa join fetch sa.article a join fetch a.outlet join fetch sa.story
            where a.publishedOn between :from and :to
            """)
    List<StoryArticle> findPlacedBetween(LocalDate from, LocalDate to);

    /** A story's articles by date, then outlet name. */
    @Query(value = """
            select new org.newsarchive.compare.PlacedArticle(a.id, a.slug, a.title, o.name, o.slug, a.publishedOn,
                a.datePrecision, a.dateBasis, a.dateEvidence, sa.similarity, r.id, r.slug, r.title, sa.placedBy)
            from StoryArticle sa join sa.article a join a.outlet o left join sa.republicationOf r
            where sa.story.id = :storyId
            order by a.publishedOn, o.name, a.id
            """, countQuery = "select count(sa) from StoryArticle sa where sa.story.id = :storyId")
    Page<PlacedArticle> findPlaced(long storyId, Pageable pageable);

    /** A story's article ids in the order {@link #findPlaced} lists them. */
    @Query("""
            select a.id from StoryArticle sa join sa.article a join a.outlet o
            where sa.story.id = :storyId
            order by a.publishedOn, o.name, a.id
            """)
    List<Long> findArticleIds(long storyId, Limit limit);

    /** The outlets covering a story, in the order they first covered it, with their profile facts. */
    @Query("""
            select new org.newsarchive.compare.StoryOutlet(o.slug, o.name, o.kind, o.country, o.stateOwned, o.profileSource,
                count(sa), min(a.publishedOn))
            from StoryArticle sa join sa.article a join a.outlet o
            where sa.story.id = :storyId
            group by o.id, o.slug, o.name, o.kind, o.country, o.stateOwned, o.profileSource
            order by min(a.publishedOn), o.name
            """)
    List<StoryOutlet> findOutlets(long storyId);

    /**
     * Identified outlets that published between the two days (inclusive) but have no article in the story,
     * those that published most first.
     */
    @Query("""
            select new org.newsarchive.compare.OutletAround(o.slug, o.name, count(a))
            from Article a join a.outlet o
            where a.datePrecision = org.newsarchive.article.DatePrecision.DAY and a.publishedOn between :from and :to
              and o.kind <> org.newsarchive.outlet.OutletKind.UNIDENTIFIED
              and not exists (select 1 from StoryArticle sa join sa.article b where sa.story.id = :storyId and b.outlet = o)
            group by o.id, o.slug, o.name
            order by count(a) desc, o.name
            """)
    List<OutletAround> findOutletsAround(long storyId, LocalDate from, LocalDate to, Limit limit);

    /** A story's headlines, earliest first. */
    @Query("""
            select a.title from StoryArticle sa join sa.article a
            where sa.story.id = :storyId
            order by a.publishedOn, a.id
            """)
    List<String> findHeadlines(long storyId);

    @Query("""
            select new org.newsarchive.compare.ArticlePlacement(s.id, s.title,
                (select count(other) from StoryArticle other where other.story = s and other.articleId <> :articleId))
            from StoryArticle placed join placed.story s where placed.articleId = :articleId
            """)
    Optional<ArticlePlacement> findPlacement(long articleId);

    @Query("select sa from StoryArticle sa join fetch sa.story where sa.articleId = :articleId")
    Optional<StoryArticle> findWithStoryByArticleId(long articleId);

    @Query("""
            select sa.articleId from StoryArticle sa
            where sa.story.id = :storyId and sa.articleId <> :articleId
            order by sa.similarity desc, sa.articleId
            """)
    List<Long> findOtherArticleIds(long storyId, long articleId);

    @Modifying
    @Query("delete from StoryArticle sa where sa.placedBy = :placedBy")
    int deletePlacedBy(StoryArticle.PlacedBy placedBy);
}
