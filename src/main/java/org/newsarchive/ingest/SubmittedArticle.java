package org.newsarchive.ingest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One article as the API and JSON Lines files take it: the text, and what else the sender knows. */
record SubmittedArticle(@NotBlank String text, @Size(max = 2000) String url, @Size(max = 200) String outlet,
        LocalDate date, @Size(max = 500) String title) {

    ArticleMetadata metadata() {
        return new ArticleMetadata(url, outlet, date, title);
    }
}
