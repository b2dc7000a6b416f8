package org.newsarchive.web;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * Where a paginated listing's previous and next pages are: the current address with only its
 * {@code page} parameter changed, or null where there is no such page. A page past the end leads
 * back to the last one.
 */
public record PageLinks(int page, int pages, long total, String previous, String next) {

    /** @param page the 1-based page that was asked for */
    public static PageLinks of(Page<?> listing, int page) {
        return of(page, listing.getTotalPages(), listing.getTotalElements());
    }

    /** @param page the 1-based page that was asked for, of {@code pages} holding {@code total} items */
    public static PageLinks of(int page, int pages, long total) {
        return new PageLinks(page, pages, total,
                page > 1 && pages > 0 ? toPage(Math.min(page - 1, pages)) : null,
                page < pages ? toPage(page + 1) : null);
    }

    private static String toPage(int page) {
        return CurrentAddress.with(parameters -> parameters.put("page", List.of(String.valueOf(page))));
    }
}
