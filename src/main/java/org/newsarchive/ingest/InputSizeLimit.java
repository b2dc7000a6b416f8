package org.newsarchive.ingest;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/** The largest input accepted ({@code news-archive.import.max-bytes}), for files, API texts and manifests alike. */
final class InputSizeLimit {

    private final long maxBytes;

    InputSizeLimit(ImportProperties properties) {
        this.maxBytes = properties.maxBytes().toBytes();
    }

    /** The resource's bytes, read no further than the limit. */
    byte[] bytesOf(Resource resource) throws IOException {
        long length = resource.contentLength();
        check(length);
        try (InputStream in = resource.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            check(bytes.length);
            return bytes;
        }
    }

    void check(long length) {
        if (length > maxBytes) {
            throw new UnreadableInputException("It is " + DataSize.ofBytes(length).toKilobytes() + " KB; the largest accepted is "
                    + DataSize.ofBytes(maxBytes).toKilobytes() + " KB (news-archive.import.max-bytes).", true);
        }
    }
}
