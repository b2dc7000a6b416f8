package org.newsarchive.compare;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StoryRepository extends JpaRepository<Story, Long> {

    @Modifying
    @Query("delete from Story s where not exists (select 1 from StoryArticle sa where sa.story = s)")
    int deleteEmpty();
}
