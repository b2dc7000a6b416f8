package org.newsarchive.outlet;

import java.util.List;

/** An outlet as its page describes it. */
public record OutletProfile(String slug, String name, OutletKind kind, String domain, String homepageUrl, String country,
        String language, String description, Boolean stateOwned, String profileSource, List<String> aliases) {

    public static OutletProfile of(Outlet outlet) {
        return new OutletProfile(outlet.getSlug(), outlet.getName(), outlet.getKind(), outlet.getDomain(),
                outlet.getHomepageUrl(), outlet.getCountry(), outlet.getLanguage(), outlet.getDescription(),
                outlet.getStateOwned(), outlet.getProfileSource(),
                outlet.getAliases().stream().sorted().toList());
    }
}
