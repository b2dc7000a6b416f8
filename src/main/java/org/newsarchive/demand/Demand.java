package org.newsarchive.demand;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.newsarchive.actor.Actor;

/** One of the security demands Russia set out in its draft treaties. */
@Entity
public class Demand {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @SequenceGenerator(sequenceName = "demand_id_seq", allocationSize = 50)
    private Long id;

    private String slug;

    private String title;

    private String fullText;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Actor madeBy;

    private LocalDate madeOn;

    private String sourceDocument;

    protected Demand() {
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getFullText() {
        return fullText;
    }

    public Actor getMadeBy() {
        return madeBy;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public String getSourceDocument() {
        return sourceDocument;
    }
}
