package org.newsarchive.search;

import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import org.newsarchive.article.ArticlesAdded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What facet values are called, from the database; values it does not know get no label. Labels are
 * kept in memory, since every search names its facets' values and they change only when an import adds
 * outlets; values without a label are not kept, so a new outlet is named as soon as it exists.
 */
@Component
class FacetLabels {

    private static final int CACHED_LABELS = 10_000;

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private record Key(Facet facet, String value) {
    }

    private final EntityManager entityManager;
    private final Cache<Key, String> labels = Caffeine.newBuilder().maximumSize(CACHED_LABELS).build();

    FacetLabels(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Map<String, String> of(Facet facet, Collection<String> values) {
        if (values.isEmpty()) {
            return Map.of();
        }
        Set<Key> keys = values.stream().map(value -> new Key(facet, value)).collect(toSet());
        return labels.getAll(keys, missing -> load(facet, missing)).entrySet().stream()
                .collect(toMap(entry -> entry.getKey().value(), Map.Entry::getValue));
    }

    @EventListener
    void forget(ArticlesAdded added) {
        labels.invalidateAll();
    }

    private Map<Key, String> load(Facet facet, Set<? extends Key> keys) {
        List<String> values = keys.stream().map(Key::value).toList();
        Map<String, String> names = switch (facet) {
            case OUTLET -> names("select o.slug, o.name from Outlet o where o.slug in :values", values);
            case ACTOR -> names("select a.slug, a.name from Actor a where a.slug in :values", values);
            case DEMAND -> names("select d.slug, d.title from Demand d where d.slug in :values", values);
            case LANGUAGE -> values.stream().filter(LANGUAGES::contains).distinct()
                    .collect(toMap(code -> code, code -> Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH)));
        };
        return names.entrySet().stream().collect(toMap(entry -> new Key(facet, entry.getKey()), Map.Entry::getValue));
    }

    private Map<String, String> names(String query, Collection<String> values) {
        List<Object[]> rows = entityManager.createQuery(query, Object[].class).setParameter("values", values).getResultList();
        return rows.stream().collect(toMap(row -> (String) row[0], row -> (String) row[1]));
    }
}
