package org.newsarchive.ingest;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.newsarchive.article.ArticleSlug;
import org.newsarchive.outlet.Outlet;
import org.newsarchive.outlet.OutletRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outlet that published an article, and how that is known: a known outlet named with the import;
 * else the one whose site the URL is on, created when it is new under the name given with the import
 * (an HTML page's {@code og:site_name}), else the name the page spells the site with, else the host; else the one the page names (its copyright line, a source label, a sign-off,
 * an agency's dateline); else the placeholder for unidentified outlets.
 */
@Component
class OutletResolver {

    static final String UNIDENTIFIED = "unidentified";
    /** Country-code domains that sites take for their sound rather than their country. */
    private static final Set<String> GENERIC_COUNTRY_DOMAINS = Set.of("io", "co", "tv", "me", "fm", "ai", "ly", "cc", "ws",
            "to", "gg", "la", "is");

    private final OutletRepository outlets;
    private final JdbcTemplate jdbc;

    private final AtomicLong created = new AtomicLong();

    OutletResolver(OutletRepository outlets, JdbcTemplate jdbc) {
        this.outlets = outlets;
        this.jdbc = jdbc;
    }

    /** The outlet, and the words or facts that show it. */
    record Resolved(Outlet outlet, String evidence) {
    }

    /** Looks outlets up in the directory, and adds to it those it creates. */
    Resolved resolve(ArticleMetadata metadata, String signedBy, String text, String language, OutletDirectory directory) {
        List<OutletSignals.Signal> signals = OutletSignals.in(text, signedBy);
        Optional<Outlet> given = Optional.ofNullable(metadata.outlet()).flatMap(name -> named(name, directory));
        if (given.isPresent()) {
            return new Resolved(given.get(), "Named with the import.");
        }
        Optional<String> host = host(metadata.url());
        if (host.isPresent()) {
            String wire = signals.stream().filter(signal -> signal.evidence().startsWith(OutletSignals.WIRE)).findFirst()
                    .map(signal -> "; wire copy: " + signal.evidence() + " credits " + signal.name()).orElse("");
            Outlet outlet = onSite(host.get(), directory).or(() -> createdMeanwhile(null, host.get(), directory))
                    .orElseGet(() -> create(Optional.ofNullable(metadata.outlet())
                    .or(() -> OutletNames.foundIn(text, host.get())).orElse(host.get()),
                    host.get(), language, "First met when an article from " + host.get() + " was imported.", directory));
            return new Resolved(outlet, "The site of the URL, " + host.get() + wire + ".");
        }
        if (metadata.outlet() != null) {
            return new Resolved(createdMeanwhile(metadata.outlet(), null, directory)
                    .orElseGet(() -> create(metadata.outlet(), null, language, "Named when an article was imported.", directory)),
                    "Named with the import.");
        }
        for (OutletSignals.Signal signal : signals) {
            Optional<Outlet> outlet = named(signal.name(), directory);
            if (outlet.isPresent()) {
                return new Resolved(outlet.get(), "Named by " + signal.evidence() + ".");
            }
        }
        return signals.stream().findFirst()
                .map(signal -> new Resolved(createdMeanwhile(signal.name(), null, directory)
                        .orElseGet(() -> createNamed(signal, language, directory)), "Named by " + signal.evidence() + "."))
                .orElseGet(() -> new Resolved(named(UNIDENTIFIED, directory).or(() -> createdMeanwhile(UNIDENTIFIED, null, directory))
                        .orElseGet(() -> create("Unidentified outlet", null, null, "Placeholder for articles whose outlet is unknown.",
                                directory)),
                        "Nothing in the page or its metadata names the outlet."));
    }

    private Optional<Outlet> named(String name, OutletDirectory directory) {
        return directory.named(name).map(outlets::getReferenceById);
    }

    /** The outlet of the host or of a domain it belongs to ("en.atalayar.com" is atalayar.com). */
    private Optional<Outlet> onSite(String host, OutletDirectory directory) {
        for (String domain = host; domain.contains("."); domain = domain.substring(domain.indexOf('.') + 1)) {
            Optional<Long> outlet = directory.onDomain(domain);
            if (outlet.isPresent()) {
                return outlet.map(outlets::getReferenceById);
            }
        }
        return Optional.empty();
    }

    /**
     * The outlet another import created since this one read its directory, on the site or else under the name:
     * asked of the database only before an outlet is created, so that two imports do not create one twice. Imports
     * about to create the same outlet take turns, by a PostgreSQL lock held until the transaction ends: the second
     * asks once the first has committed, and finds its outlet.
     */
    private Optional<Outlet> createdMeanwhile(String name, String domain, OutletDirectory directory) {
        String key = domain != null ? "outlet on " + domain.toLowerCase(Locale.ROOT)
                : "outlet named " + name.strip().toLowerCase(Locale.ROOT);
        jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", rows -> { }, key);
        Optional<Outlet> outlet = domain != null ? outlets.findByDomainIgnoreCase(domain)
                : outlets.findByAnyName(name.strip()).stream().findFirst();
        outlet.ifPresent(directory::add);
        return outlet;
    }

    private Outlet createNamed(OutletSignals.Signal signal, String language, OutletDirectory directory) {
        Outlet outlet = create(signal.name(), null, language, "First named by " + signal.evidence() + ".", directory);
        if (signal.evidence().startsWith(OutletSignals.WIRE)) {
            outlet.markAsNewsAgency();
        }
        return outlet;
    }

    private Outlet create(String name, String domain, String language, String description, OutletDirectory directory) {
        String base = ArticleSlug.of(name);
        String slug = base;
        for (int n = 2; outlets.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        Outlet outlet = new Outlet(slug, name, domain, description);
        outlet.describe(country(domain), language);
        created.incrementAndGet();
        Outlet saved = outlets.saveAndFlush(outlet);
        directory.add(saved);
        return saved;
    }

    /** How many outlets have been created so far: a change tells an import run to read the outlets' names again. */
    long created() {
        return created.get();
    }

    /** The ISO country code of a country-code domain (.ru, .ua). */
    private static String country(String domain) {
        if (domain == null) {
            return null;
        }
        String tld = domain.substring(domain.lastIndexOf('.') + 1);
        boolean isCountry = tld.length() == 2 && !GENERIC_COUNTRY_DOMAINS.contains(tld)
                && Set.of(Locale.getISOCountries()).contains(tld.toUpperCase(Locale.ROOT));
        return isCountry ? tld.toUpperCase(Locale.ROOT) : null;
    }

    /** The site of a web address, without "www.", mobile prefixes and a trailing dot. */
    static Optional<String> host(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "")
                    .replaceFirst("^(?:www\\d*|m|mobile|amp)\\.(?=.+\\.)", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
