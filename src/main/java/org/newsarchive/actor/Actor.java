package org.newsarchive.actor;

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
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.newsarchive.text.Analyzers;

/** Indexed so that names can be completed as they are typed, from the index alone. */
@Entity
@Indexed
public class Actor {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @SequenceGenerator(sequenceName = "actor_id_seq", allocationSize = 50)
    private Long id;

    @KeywordField(projectable = Projectable.YES)
    private String slug;

    @KeywordField(projectable = Projectable.YES)
    @FullTextField(name = "name_prefix", analyzer = Analyzers.WORD_PREFIXES, searchAnalyzer = Analyzers.WORDS)
    private String name;

    @Enumerated(EnumType.STRING)
    private ActorKind kind;

    private String role;

    @ElementCollection
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "alias")
    @FullTextField(name = "alias_prefix", analyzer = Analyzers.WORD_PREFIXES, searchAnalyzer = Analyzers.WORDS)
    private Set<String> aliases = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    private ActorStatus status = ActorStatus.KNOWN;

    /** For a detected actor: the rule and the words that found it. */
    private String evidence;

    private Double confidence;

    /** For a detected actor: its name's {@link NameKey}, unique, so that no spelling variant becomes a second actor. */
    private String nameKey;

    protected Actor() {
    }

    /** An actor the name recogniser found, to be reviewed; known by its name and, for a person, the surname alone. */
    public static Actor detected(String slug, String name, ActorKind kind, String evidence, double confidence) {
        Actor actor = new Actor();
        actor.slug = slug;
        actor.name = name;
        actor.kind = kind;
        actor.status = ActorStatus.DETECTED;
        actor.evidence = evidence;
        actor.confidence = confidence;
        actor.nameKey = NameKey.of(name);
        actor.aliases.add(name);
        return actor;
    }

    public void accept() {
        status = ActorStatus.KNOWN;
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

    public ActorKind getKind() {
        return kind;
    }

    public String getRole() {
        return role;
    }

    public Set<String> getAliases() {
        return aliases;
    }

    public ActorStatus getStatus() {
        return status;
    }

    public String getEvidence() {
        return evidence;
    }

    public Double getConfidence() {
        return confidence;
    }

    public String getNameKey() {
        return nameKey;
    }

    public boolean isDetected() {
        return status == ActorStatus.DETECTED;
    }
}
