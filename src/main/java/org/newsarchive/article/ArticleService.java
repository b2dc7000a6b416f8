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

    /** Newest first, optionally only one day's or one outlet's; {@code page} is 1-based. */
    @Transactional(readOnly = true)
    public Page<ArticleSummary> list(LocalDate date, String outletSlug, int page, int size) {
        if (outletSlug != null && !outlets.existsBySlug(outletSlug)) {
            throw new UnknownOutletException(outletSlug);
        }
        return articles.findSummaries(date, outletSlug, PageRequest.of(page - 1, size));
    }

    @Transactional(readOnly = true)
    public ArticleDetail get(long id) {
        return articles.findWithOutletById(id).map(ArticleDetail::of)
                .orElseThrow(() -> new ArticleNotFoundException(id));
    }
}
