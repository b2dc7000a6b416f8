package org.newsarchive.index;

import java.time.Instant;

/** Where the latest rebuild of the index is: documents written of those to write, and how it ended. */
public record ReindexProgress(State state, long done, long total, Instant startedAt, Instant finishedAt, String failure) {

    public enum State { IDLE, RUNNING, FINISHED, FAILED }

    static final ReindexProgress IDLE = new ReindexProgress(State.IDLE, 0, 0, null, null, null);

    public int percent() {
        return total == 0 ? (state == State.FINISHED ? 100 : 0) : (int) Math.min(100, done * 100 / total);
    }
}
