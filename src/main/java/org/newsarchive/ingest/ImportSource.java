package org.newsarchive.ingest;

import org.springframework.core.io.Resource;

/**
 * One file to import, with the metadata that came with it: a sidecar JSON file and the fields of the
 * manifest row that names it, if any. A source the manifest refused (a bad row, a file no row names)
 * carries the reason instead of content.
 */
public record ImportSource(String name, Resource content, Resource sidecar, ArticleMetadata given, String refusal) {

    public ImportSource {
        if (given == null) {
            given = ArticleMetadata.NONE;
        }
    }

    public ImportSource(String name, Resource content, Resource sidecar) {
        this(name, content, sidecar, ArticleMetadata.NONE, null);
    }

    public static ImportSource of(String name, Resource content) {
        return new ImportSource(name, content, null);
    }

    static ImportSource refused(String name, String reason) {
        return new ImportSource(name, null, null, ArticleMetadata.NONE, reason);
    }

    ImportSource given(ArticleMetadata metadata) {
        return new ImportSource(name, content, sidecar, metadata, refusal);
    }
}
