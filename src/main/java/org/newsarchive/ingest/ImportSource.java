package org.newsarchive.ingest;

import org.springframework.core.io.Resource;

/** One file to import, with the sidecar JSON of metadata that came with it, if any. */
public record ImportSource(String name, Resource content, Resource sidecar) {

    public static ImportSource of(String name, Resource content) {
        return new ImportSource(name, content, null);
    }
}
