package org.newsarchive.article;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.newsarchive.actor.Actor;

/** Quoted words (without their quotation marks) and who the article says spoke or wrote them. */
@Entity
public class Quote extends ArticlePassage {

    /** Absent where the article names no actor ("a European official"). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    private Actor speaker;

    private String attribution;

    protected Quote() {
    }

    Quote(Article article, TextSpan span, Actor speaker, String attribution) {
        super(article, span);
        this.speaker = speaker;
        this.attribution = attribution;
    }

    public Actor getSpeaker() {
        return speaker;
    }

    public String getAttribution() {
        return attribution;
    }
}
