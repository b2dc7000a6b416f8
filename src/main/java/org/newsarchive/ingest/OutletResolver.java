package org.newsarchive.ingest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.newsarchive.article.ArticleSlug;
import org.newsarchive.outlet.Outlet;
import org.newsarchive.outlet.OutletRepository;
import org.springframework.stereotype.Component;

/**
 * The outlet that published an article: the one named with the import, else the one whose site the
 * URL is on, else the one its sign-off names, else the placeholder for unidentified outlets. A name
 * or site met for the first time becomes a new outlet.
 */
@Component
class OutletResolver {

    static final String UNIDENTIFIED = "unidentified";

    private final OutletRepository outlets;

    OutletResolver(OutletRepository outlets) {
        this.outlets = outlets;
    }

    Outlet resolve(ArticleMetadata metadata, String signedBy) {
        if (metadata.outlet() != null) {
            return named(metadata.outlet()).orElseGet(() -> create(metadata.outlet(), null,
                    "Named when an article was imported."));
        }
        Optional<String> host = host(metadata.url());
        if (host.isPresent()) {
            return onSite(host.get()).orElseGet(() -> create(host.get(), host.get(),
                    "First met when an article from " + host.get() + " was imported."));
        }
        return Optional.ofNullable(signedBy).flatMap(this::named)
                .or(() -> outlets.findBySlug(UNIDENTIFIED))
                .orElseGet(() -> create("Unidentified outlet", null, "Placeholder for articles whose outlet is unknown."));
    }

    private Optional<Outlet> named(String name) {
        return outlets.findByAnyName(name.strip()).stream().findFirst();
    }

    /** The outlet of the host or of a domain it belongs to ("en.atalayar.com" is atalayar.com). */
    private Optional<Outlet> onSite(String host) {
        for (String domain = host; domain.contains("."); domain = domain.substring(domain.indexOf('.') + 1)) {
            Optional<Outlet> outlet = outlets.findByDomainIgnoreCase(domain);
            if (outlet.isPresent()) {
                return outlet;
            }
        }
        return Optional.empty();
    }

    private Outlet create(String name, String domain, String description) {
        String base = ArticleSlug.of(name);
        String slug = base;
        for (int n = 2; outlets.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return outlets.save(new Outlet(slug, name, domain, description));
    }

    static Optional<String> host(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
