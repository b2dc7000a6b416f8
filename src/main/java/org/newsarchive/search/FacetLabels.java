package org.newsarchive.search;

import static java.util.stream.Collectors.toMap;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/** What facet values are called, from the database; values it does not know get no label. */
@Component
class FacetLabels {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final EntityManager entityManager;

    FacetLabels(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Map<String, String> of(Facet facet, Collection<String> values) {
        if (values.isEmpty()) {
            return Map.of();
        }
        return switch (facet) {
            case OUTLET -> names("select o.slug, o.name from Outlet o where o.slug in :values", values);
            case ACTOR -> names("select a.slug, a.name from Actor a where a.slug in :values", values);
            case DEMAND -> names("select d.slug, d.title from Demand d where d.slug in :values", values);
            case LANGUAGE -> values.stream().filter(LANGUAGES::contains).distinct()
                    .collect(toMap(code -> code, code -> Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH)));
        };
    }

    private Map<String, String> names(String query, Collection<String> values) {
        List<Object[]> rows = entityManager.createQuery(query, Object[].class).setParameter("values", values).getResultList();
        return rows.stream().collect(toMap(row -> (String) row[0], row -> (String) row[1]));
    }
}
