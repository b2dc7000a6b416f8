package org.newsarchive.compare;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import org.newsarchive.article.Article;

/** Where an article is placed: its story, how like that story it is, and what it republishes, if anything. */
@Entity
public class StoryArticle {

    /** Who placed the article; regrouping moves only what it placed itself. */
    public enum PlacedBy {
        GROUPING, EDITOR
    }

    @Id
    private Long articleId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Story story;

    private double similarity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "republication_of")
    private Article republicationOf;

    @Enumerated(EnumType.STRING)
    private PlacedBy placedBy;

    protected StoryArticle() {
    }

    StoryArticle(Article article, Story story, double similarity, Article republicationOf) {
        this.article = article;
        this.story = story;
        this.similarity = similarity;
        this.republicationOf = republicationOf;
        this.placedBy = PlacedBy.GROUPING;
    }

    public Article getArticle() {
        return article;
    }

    public Story getStory() {
        return story;
    }

    public double getSimilarity() {
        return similarity;
    }

    public Article getRepublicationOf() {
        return republicationOf;
    }

    public PlacedBy getPlacedBy() {
        return placedBy;
    }
}
