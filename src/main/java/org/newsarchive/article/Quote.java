package org.newsarchive.article;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.newsarchive.actor.Actor;
import org.newsarchive.text.TextSpan;

/** Quoted words (without their quotation marks) and who the article says spoke or wrote them. */
@Entity
@SequenceGenerator(sequenceName = "quote_id_seq", allocationSize = 50)
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
