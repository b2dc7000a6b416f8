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

@Entity
public class Actor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String name;

    @Enumerated(EnumType.STRING)
    private ActorKind kind;

    private String role;

    @ElementCollection
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "alias")
    private Set<String> aliases = new LinkedHashSet<>();

    protected Actor() {
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
}
