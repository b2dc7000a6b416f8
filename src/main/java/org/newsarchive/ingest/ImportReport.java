package org.newsarchive.ingest;

import java.util.List;

/**
 * The outcome of every article of an import, in the order they were read, how many ended each way, and
 * whether an admin stopped it before its end.
 */
public record ImportReport(List<ImportOutcome> outcomes, long imported, long duplicates, long failed, boolean cancelled) {

    static ImportReport of(List<ImportOutcome> outcomes, boolean cancelled) {
        ImportTotals totals = ImportTotals.NONE.plus(outcomes);
        return new ImportReport(List.copyOf(outcomes), totals.imported(), totals.duplicates(), totals.failed(), cancelled);
    }
}
