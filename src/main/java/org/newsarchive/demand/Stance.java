package org.newsarchive.demand;

public enum Stance {
    REJECTED,
    OPEN_TO_TALKS
}
