package org.newsarchive.ingest;

import java.time.Duration;
import java.time.Instant;

/** One import as /admin/imports shows it: how far it is, how fast it goes, and whether it has ended. */
public record ImportRun(long id, String description, long expected, long done, long imported, long duplicates, long failed,
        Instant startedAt, Instant updatedAt, Instant finishedAt, boolean cancelRequested) {

    public boolean running() {
        return finishedAt == null;
    }

    public int percent() {
        return expected == 0 ? 100 : (int) Math.min(100, done * 100 / expected);
    }

    /** Articles a second, over the import so far. */
    public double rate() {
        double seconds = Duration.between(startedAt, finishedAt == null ? updatedAt : finishedAt).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : done / seconds;
    }

    /** The time left at the rate so far, in whole minutes and seconds (m:ss); empty when there is no rate yet. */
    public String timeLeft() {
        double rate = rate();
        if (rate == 0 || done >= expected) {
            return "";
        }
        long seconds = Math.round((expected - done) / rate);
        return "%d:%02d".formatted(seconds / 60, seconds % 60);
    }
}
