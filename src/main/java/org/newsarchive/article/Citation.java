package org.newsarchive.article;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.newsarchive.outlet.Outlet;
import org.newsarchive.text.TextSpan;

/** A place where an article names another outlet or agency as its source. */
@Entity
@SequenceGenerator(sequenceName = "citation_id_seq", allocationSize = 50)
public class Citation extends ArticlePassage {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cited_outlet_id")
    private Outlet citedOutlet;

    protected Citation() {
    }

    Citation(Article article, TextSpan span, Outlet citedOutlet) {
        super(article, span);
        this.citedOutlet = citedOutlet;
    }

    public Outlet getCitedOutlet() {
        return citedOutlet;
    }
}
