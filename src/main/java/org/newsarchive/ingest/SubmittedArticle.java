package org.newsarchive.ingest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One article as the API and JSON Lines files take it: the text, and what else the sender knows. */
record SubmittedArticle(@NotBlank(message = "An article needs its \"text\".") String text,
        @Size(max = ArticleMetadata.MAX_URL_LENGTH, message = "The \"url\" is longer than {max} characters.") String url,
        @Size(max = ArticleMetadata.MAX_OUTLET_LENGTH, message = "The \"outlet\" is longer than {max} characters.") String outlet,
        LocalDate date,
        @Size(max = ArticleMetadata.MAX_TITLE_LENGTH, message = "The \"title\" is longer than {max} characters.") String title) {

    ArticleMetadata metadata() {
        return new ArticleMetadata(url, outlet, date, title);
    }
}
