package org.newsarchive.index;

/** How many bytes the search index takes on disk, as the backend in use measures it. */
interface IndexSize {

    /** Not a number when the size cannot be read at the moment. */
    double bytes();
}
