package org.newsarchive.ingest;

/** A manifest that cannot be used at all, so nothing is imported with it: the reason says what to fix. */
class InvalidManifestException extends RuntimeException {

    InvalidManifestException(String manifestName, String reason) {
        super("The manifest " + manifestName + " cannot be used: " + reason);
    }
}
