package org.newsarchive.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code news-archive.import.*}: the largest file (or API text, or JSON Lines file) accepted. */
@ConfigurationProperties("news-archive.import")
record ImportProperties(DataSize maxBytes) {

    ImportProperties {
        if (maxBytes == null) {
            maxBytes = DataSize.ofMegabytes(5);
        }
    }
}
