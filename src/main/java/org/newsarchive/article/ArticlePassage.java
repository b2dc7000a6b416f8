package org.newsarchive.article;

import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.newsarchive.text.TextSpan;

/** Something found at a span of an article's body: a mention, a quote, a citation. */
@MappedSuperclass
public abstract class ArticlePassage {

    @Id
    // From the sequence of each passage's own table, which its entity class names with @SequenceGenerator.
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Article article;

    @Embedded
    private TextSpan span;

    protected ArticlePassage() {
    }

    protected ArticlePassage(Article article, TextSpan span) {
        if (span.end() > article.getBody().length()) {
            throw new IllegalArgumentException("Span " + span + " is beyond the body of " + article.getTitle());
        }
        this.article = article;
        this.span = span;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public TextSpan getSpan() {
        return span;
    }

    /** The exact words of the body at this passage. */
    public String getText() {
        return span.in(article.getBody());
    }
}
