package org.newsarchive.article;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.newsarchive.actor.Actor;
import org.newsarchive.demand.Demand;
import org.newsarchive.demand.Stance;

/** How the US or NATO answered a demand, as the cited article passage reports it. */
@Entity
@SequenceGenerator(sequenceName = "demand_response_id_seq", allocationSize = 50)
public class DemandResponse extends ArticlePassage {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Demand demand;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Actor responder;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    protected DemandResponse() {
    }

    public Demand getDemand() {
        return demand;
    }

    public Actor getResponder() {
        return responder;
    }

    public Stance getStance() {
        return stance;
    }
}
