package org.newsarchive.ingest;

import java.time.LocalDate;

/**
 * What an importer may know about an article besides its text: from a sidecar JSON file, a manifest
 * row, a JSON Lines record, the API, or an HTML page's head. Every part is optional.
 */
record ArticleMetadata(String url, String outlet, LocalDate date, String title) {

    static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);
    static final int MAX_URL_LENGTH = 2000;
    static final int MAX_OUTLET_LENGTH = 200;
    static final int MAX_TITLE_LENGTH = 500;

    ArticleMetadata {
        url = blankToNull(url);
        outlet = blankToNull(outlet);
        title = blankToNull(title);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** This metadata with the gaps filled from the other. */
    ArticleMetadata orElse(ArticleMetadata other) {
        return new ArticleMetadata(url != null ? url : other.url, outlet != null ? outlet : other.outlet,
                date != null ? date : other.date, title != null ? title : other.title);
    }
}
