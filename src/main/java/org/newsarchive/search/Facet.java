package org.newsarchive.search;

import java.util.Locale;

/** The fields a search can be narrowed by, each also counted for every search. */
public enum Facet {
    OUTLET("outlet.slug"), ACTOR("actor"), DEMAND("demand"), LANGUAGE("language");

    private final String field;

    Facet(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }

    /** The name of its filter in addresses and of its counts in the JSON API. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
