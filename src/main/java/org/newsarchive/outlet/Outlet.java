package org.newsarchive.outlet;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.newsarchive.text.Analyzers;

/** Indexed so that names can be completed as they are typed, from the index alone. */
@Entity
@Indexed
public class Outlet {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @SequenceGenerator(sequenceName = "outlet_id_seq", allocationSize = 50)
    private Long id;

    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String slug;

    @KeywordField(projectable = Projectable.YES)
    @FullTextField(name = "name_prefix", analyzer = Analyzers.WORD_PREFIXES, searchAnalyzer = Analyzers.WORDS)
    private String name;

    @Enumerated(EnumType.STRING)
    private OutletKind kind;

    private String domain;

    private String homepageUrl;

    private String country;

    private String language;

    private String description;

    /** Null where the archive does not know. */
    private Boolean stateOwned;

    /** Where the admin found the outlet's kind, country and ownership. */
    private String profileSource;

    @ElementCollection
    @CollectionTable(name = "outlet_alias", joinColumns = @JoinColumn(name = "outlet_id"))
    @Column(name = "alias")
    @FullTextField(name = "alias_prefix", analyzer = Analyzers.WORD_PREFIXES, searchAnalyzer = Analyzers.WORDS)
    private Set<String> aliases = new LinkedHashSet<>();

    protected Outlet() {
    }

    /** An outlet first met on import, known by the site it was published on or the name it was given. */
    public Outlet(String slug, String name, String domain, String description) {
        this.slug = slug;
        this.name = name;
        this.kind = OutletKind.PUBLISHER;
        this.domain = domain;
        this.homepageUrl = domain == null ? null : "https://" + domain;
        this.description = description;
        this.aliases.add(name);
    }

    /** An outlet the archive met as an agency's dateline on wire copy, not as a site. */
    public void markAsNewsAgency() {
        this.kind = OutletKind.NEWS_AGENCY;
    }

    /** Fills the country and language where the archive has learnt them and they are not yet known. */
    public void describe(String country, String language) {
        this.country = this.country != null ? this.country : country;
        this.language = this.language != null ? this.language : language;
    }

    /** The facts the admin entered, with their source; a stated ownership needs a source (checked by the form). */
    public void setProfile(OutletKind kind, String country, Boolean stateOwned, String profileSource) {
        this.kind = kind;
        this.country = country;
        this.stateOwned = stateOwned;
        this.profileSource = profileSource;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public OutletKind getKind() {
        return kind;
    }

    public String getDomain() {
        return domain;
    }

    public String getHomepageUrl() {
        return homepageUrl;
    }

    public String getCountry() {
        return country;
    }

    public String getLanguage() {
        return language;
    }

    public String getDescription() {
        return description;
    }

    public Boolean getStateOwned() {
        return stateOwned;
    }

    public String getProfileSource() {
        return profileSource;
    }

    public Set<String> getAliases() {
        return aliases;
    }
}
