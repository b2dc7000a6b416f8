package org.newsarchive.index;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.newsarchive.actor.Actor;
import org.newsarchive.article.Article;
import org.newsarchive.search.Autocomplete;
import org.newsarchive.search.Completion;
import org.newsarchive.search.SearchRequest;
import org.newsarchive.search.SearchService;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;

@ArchiveTest
class IndexBootstrapTest {

    @Autowired
    IndexBootstrap bootstrap;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    SearchService search;

    @Autowired
    Autocomplete autocomplete;

    @Test
    void rebuildsAnIndexThatLostItsDocuments() throws Exception {
        var workspace = Search.mapping(entityManagerFactory).scope(Article.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(search.search(SearchRequest.of("", 1, 10)).total()).isZero();

        bootstrap.run(null);

        assertThat(search.search(SearchRequest.of("", 1, 10)).total()).isEqualTo(5);
        assertThat(search.search(SearchRequest.of("Tomahawk", 1, 10)).total()).isEqualTo(1);
    }

    @Test
    void rebuildsTheIndexWhenAnyIndexedTypeIsMissing() throws Exception {
        var workspace = Search.mapping(entityManagerFactory).scope(Actor.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(autocomplete.complete("Stol").actors()).isEmpty();

        bootstrap.run(null);

        assertThat(autocomplete.complete("Stol").actors()).extracting(Completion::label).containsExactly("Jens Stoltenberg");
        assertThat(search.search(SearchRequest.of("", 1, 10)).total()).isEqualTo(5);
    }
}
