package org.newsarchive.ingest;

import java.util.List;

/**
 * The outcome of every article of an import, in the order they were read, how many ended each way, and
 * whether an admin stopped it before its end.
 */
public record ImportReport(List<ImportOutcome> outcomes, long imported, long duplicates, long failed, boolean cancelled) {

    static ImportReport of(List<ImportOutcome> outcomes, boolean cancelled) {
        return new ImportReport(List.copyOf(outcomes), count(outcomes, ImportOutcome.Status.IMPORTED),
                count(outcomes, ImportOutcome.Status.DUPLICATE), count(outcomes, ImportOutcome.Status.FAILED), cancelled);
    }

    private static long count(List<ImportOutcome> outcomes, ImportOutcome.Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }
}
