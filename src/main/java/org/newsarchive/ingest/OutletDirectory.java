package org.newsarchive.ingest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.newsarchive.outlet.Outlet;

/**
 * The outlets' ids by every name they answer to (slug, name, alias) and by their sites' domains, whatever
 * the case: what the outlet resolver looks up for each article, read once an import run instead of asked of
 * the database an article at a time. Outlets the run creates are added as they are.
 */
final class OutletDirectory {

    private final Map<String, Long> byName = new HashMap<>();
    private final Map<String, Long> byDomain = new HashMap<>();

    OutletDirectory(List<Outlet> outlets) {
        outlets.stream().sorted(Comparator.comparing(Outlet::getId)).forEach(this::add);
    }

    void add(Outlet outlet) {
        Stream.concat(Stream.of(outlet.getSlug(), outlet.getName()), outlet.getAliases().stream())
                .forEach(name -> byName.putIfAbsent(key(name), outlet.getId()));
        if (outlet.getDomain() != null) {
            byDomain.putIfAbsent(key(outlet.getDomain()), outlet.getId());
        }
    }

    Optional<Long> named(String name) {
        return Optional.ofNullable(byName.get(key(name.strip())));
    }

    Optional<Long> onDomain(String domain) {
        return Optional.ofNullable(byDomain.get(key(domain)));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
