package org.newsarchive.outlet;

/** An outlet as other views name and link it. */
public record OutletRef(String name, String slug) {

    public static OutletRef of(Outlet outlet) {
        return new OutletRef(outlet.getName(), outlet.getSlug());
    }
}
