package org.newsarchive.ingest;

import java.util.List;

/** The outcome of every article of an import, in the order they were read. */
public record ImportReport(List<ImportOutcome> outcomes) {

    public long imported() {
        return count(ImportOutcome.Status.IMPORTED);
    }

    public long duplicates() {
        return count(ImportOutcome.Status.DUPLICATE);
    }

    public long failed() {
        return count(ImportOutcome.Status.FAILED);
    }

    private long count(ImportOutcome.Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }
}
