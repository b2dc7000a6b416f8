package org.newsarchive.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleSlugTest {

    @Test
    void foldsAccentsAndPunctuationIntoHyphens() {
        assertThat(ArticleSlug.of("El País: US rejects Russia's demands!")).isEqualTo("el-pais-us-rejects-russia-s-demands");
    }

    @Test
    void cutsLongTitlesAtAWordBoundary() {
        String slug = ArticleSlug.of("word ".repeat(40));
        assertThat(slug).hasSizeLessThanOrEqualTo(ArticleSlug.MAX_LENGTH).endsWith("word");
    }

    @Test
    void neverIsEmpty() {
        assertThat(ArticleSlug.of("«»…")).isEqualTo("article");
    }
}
