package org.newsarchive.ingest;

import java.util.List;

/** The outcome of every article of an import, in the order they were read, and how many ended each way. */
public record ImportReport(List<ImportOutcome> outcomes, long imported, long duplicates, long failed) {

    static ImportReport of(List<ImportOutcome> outcomes) {
        return new ImportReport(List.copyOf(outcomes), count(outcomes, ImportOutcome.Status.IMPORTED),
                count(outcomes, ImportOutcome.Status.DUPLICATE), count(outcomes, ImportOutcome.Status.FAILED));
    }

    private static long count(List<ImportOutcome> outcomes, ImportOutcome.Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }
}
