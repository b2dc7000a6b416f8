package org.newsarchive.article;

import java.time.LocalDate;

import org.newsarchive.outlet.OutletRepository;
import org.newsarchive.outlet.UnknownOutletException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final OutletRepository outlets;

    ArticleService(ArticleRepository articles, OutletRepository outlets) {
        this.articles = articles;
        this.outlets = outlets;
    }

    /**
     * Newest first, optionally only from {@code from} to {@code to} (inclusive, either may be null)
     * or one outlet's; {@code page} is 1-based.
     */
    @Transactional(readOnly = true)
    public Page<ArticleSummary> list(LocalDate from, LocalDate to, String outletSlug, int page, int size) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidDateRangeException(from, to);
        }
        if (outletSlug != null && !outlets.existsBySlug(outletSlug)) {
            throw new UnknownOutletException(outletSlug);
        }
        return articles.findSummaries(from, to, outletSlug, PageRequest.of(page - 1, size));
    }

    /** The newest articles that name the outlet as their source. */
    @Transactional(readOnly = true)
    public Page<ArticleSummary> citing(String outletSlug, int size) {
        return articles.findSummariesCiting(outletSlug, PageRequest.of(0, size));
    }

    @Transactional(readOnly = true)
    public ArticleDetail get(long id) {
        return articles.findWithOutletById(id).map(ArticleDetail::of)
                .orElseThrow(() -> new ArticleNotFoundException(id));
    }
}
