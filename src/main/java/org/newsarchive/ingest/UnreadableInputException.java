package org.newsarchive.ingest;

/** Input that cannot become an article, with a reason a person can act on. */
class UnreadableInputException extends RuntimeException {

    private final boolean tooLarge;

    UnreadableInputException(String reason) {
        this(reason, false);
    }

    UnreadableInputException(String reason, boolean tooLarge) {
        super(reason);
        this.tooLarge = tooLarge;
    }

    boolean isTooLarge() {
        return tooLarge;
    }
}
