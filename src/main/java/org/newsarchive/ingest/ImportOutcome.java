package org.newsarchive.ingest;

import jakarta.annotation.Nullable;

/** What became of one article of an import: imported, skipped as a duplicate, or failed and why. */
public record ImportOutcome(String source, Status status, @Nullable Long articleId, @Nullable String title,
        @Nullable String detail, boolean tooLarge) {

    public enum Status { IMPORTED, DUPLICATE, FAILED }

    static ImportOutcome imported(String source, long articleId, String title) {
        return new ImportOutcome(source, Status.IMPORTED, articleId, title, null, false);
    }

    static ImportOutcome duplicate(String source, long articleId) {
        return new ImportOutcome(source, Status.DUPLICATE, articleId, null,
                "The same text is already in the archive; it was skipped.", false);
    }

    static ImportOutcome failed(String source, String reason, boolean tooLarge) {
        return new ImportOutcome(source, Status.FAILED, null, null, reason, tooLarge);
    }
}
