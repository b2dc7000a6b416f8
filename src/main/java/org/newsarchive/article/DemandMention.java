package org.newsarchive.article;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.newsarchive.demand.Demand;
import org.newsarchive.text.TextSpan;

/** A passage of an article body that reports one of Russia's demands. */
@Entity
@SequenceGenerator(sequenceName = "demand_mention_id_seq", allocationSize = 50)
public class DemandMention extends ArticlePassage {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "demand_id")
    private Demand demand;

    protected DemandMention() {
    }

    DemandMention(Article article, TextSpan span, Demand demand) {
        super(article, span);
        this.demand = demand;
    }

    public Demand getDemand() {
        return demand;
    }
}
