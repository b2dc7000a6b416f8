package org.newsarchive.ingest;

import java.time.LocalDate;

/**
 * What an importer may know about an article besides its text: from a sidecar JSON file, a JSON Lines
 * record, the API, or an HTML page's head. Every part is optional.
 */
record ArticleMetadata(String url, String outlet, LocalDate date, String title) {

    static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);

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
