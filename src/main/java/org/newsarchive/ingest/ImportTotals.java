package org.newsarchive.ingest;

import java.util.List;

/** How many articles of an import ended each way, and whether an admin stopped it before its end. */
public record ImportTotals(long imported, long duplicates, long failed, boolean cancelled) {

    static final ImportTotals NONE = new ImportTotals(0, 0, 0, false);

    ImportTotals plus(List<ImportOutcome> outcomes) {
        return new ImportTotals(imported + count(outcomes, ImportOutcome.Status.IMPORTED),
                duplicates + count(outcomes, ImportOutcome.Status.DUPLICATE), failed + count(outcomes, ImportOutcome.Status.FAILED),
                cancelled);
    }

    ImportTotals cancel() {
        return new ImportTotals(imported, duplicates, failed, true);
    }

    long articles() {
        return imported + duplicates + failed;
    }

    private static long count(List<ImportOutcome> outcomes, ImportOutcome.Status status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }
}
