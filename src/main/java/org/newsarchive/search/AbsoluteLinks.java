package org.newsarchive.search;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses for documents read away from the archive: files and feeds. Taken from the request
 * while it is current, because exports are written on another thread.
 */
record AbsoluteLinks(String site) {

    static AbsoluteLinks ofCurrentRequest() {
        return new AbsoluteLinks(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    }

    /** The article's permanent address, which leads on to the one with its current slug. */
    String article(long id) {
        return site + "/articles/" + id;
    }

    /** @param address a path with its query, as {@link SearchLinks} builds them */
    String of(String address) {
        return site + address;
    }
}
