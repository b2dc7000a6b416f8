package org.newsarchive.search;

import java.util.List;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.newsarchive.actor.Actor;
import org.newsarchive.article.Article;
import org.newsarchive.outlet.Outlet;
import org.springframework.stereotype.Service;

/**
 * Completes what is being typed into a search box: every typed word must begin a word of the title or
 * name. Read from the index alone, for a request on every pause in typing.
 */
@Service
public class Autocomplete {

    static final int TITLES = 4;
    static final int ACTORS = 3;
    static final int OUTLETS = 3;

    private final IndexReads reads;

    Autocomplete(IndexReads reads) {
        this.reads = reads;
    }

    public Completions complete(String typed) {
        return reads.read(session -> complete(session, typed));
    }

    private static Completions complete(SearchSession session, String typed) {
        List<Completion> titles = session.search(Article.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field("title", String.class))
                        .as((id, title) -> new Completion(title, "/articles/" + id)))
                .where(f -> wordStarts(f, typed, "title_prefix"))
                .fetchHits(TITLES);
        List<Completion> actors = session.search(Actor.class)
                .select(f -> f.composite().from(f.field("name", String.class), f.field("slug", String.class))
                        .as((name, slug) -> new Completion(name, "/actors/" + slug)))
                .where(f -> wordStarts(f, typed, "name_prefix", "alias_prefix"))
                .fetchHits(ACTORS);
        List<Completion> outlets = session.search(Outlet.class)
                .select(f -> f.composite().from(f.field("name", String.class), f.field("slug", String.class))
                        .as((name, slug) -> new Completion(name, "/outlets/" + slug)))
                .where(f -> wordStarts(f, typed, "name_prefix", "alias_prefix"))
                .fetchHits(OUTLETS);
        return new Completions(titles, actors, outlets);
    }

    /** Search syntax is off: a reader typing a hyphen or a quote means no operator. */
    private static PredicateFinalStep wordStarts(SearchPredicateFactory f, String typed, String... fields) {
        return f.bool()
                .must(f.simpleQueryString()
                        .fields(fields)
                        .matching(typed)
                        .defaultOperator(BooleanOperator.AND)
                        .flags(SimpleQueryFlag.WHITESPACE))
                // Each prefix sits where its word does, so words begun in the order typed rank first.
                .should(f.phrase().fields(fields).matching(typed));
    }
}
