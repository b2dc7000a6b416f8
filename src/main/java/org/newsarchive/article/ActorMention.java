package org.newsarchive.article;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.newsarchive.actor.Actor;
import org.newsarchive.text.TextSpan;

/** An actor named in an article body, by one of the actor's aliases. */
@Entity
@SequenceGenerator(sequenceName = "actor_mention_id_seq", allocationSize = 50)
public class ActorMention extends ArticlePassage {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    private Actor actor;

    protected ActorMention() {
    }

    ActorMention(Article article, TextSpan span, Actor actor) {
        super(article, span);
        this.actor = actor;
    }

    public Actor getActor() {
        return actor;
    }
}
